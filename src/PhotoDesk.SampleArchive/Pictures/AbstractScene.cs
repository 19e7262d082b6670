using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PhotoDesk.SampleArchive.Pictures;

/// <summary>
/// A generated, text-free picture: a sky-to-ground gradient, a glow, a skyline of bars and soft discs, varied per
/// photo by a fixed seed. It stands in for a news photo without being one. Only + - * / and square roots are used,
/// so the pixels are the same on every machine.
/// </summary>
public sealed class AbstractScene
{
    private readonly ulong _seed;
    private readonly Rgb _skyTop, _skyHorizon, _groundNear, _groundFar, _glowColour, _skylineColour;
    private readonly double _horizon, _glowX, _glowY, _glowRadius;
    private readonly Disc[] _discs;
    private readonly Bar[] _bars;

    private readonly record struct Disc(double X, double Y, double Radius, double Softness, Rgb Colour, double Alpha);

    private readonly record struct Bar(double Left, double Right, double Top, double Alpha);

    /// <summary>The scene for one photo; the same <paramref name="seed"/> always gives the same scene.</summary>
    public AbstractScene(ulong seed)
    {
        _seed = seed;
        var rng = new SplitMix64(seed);
        var hue = rng.NextDouble();
        _skyTop = Rgb.FromHsv(hue, rng.Between(0.45, 0.8), rng.Between(0.35, 0.7));
        _skyHorizon = Rgb.FromHsv(hue + rng.Between(0.05, 0.15), rng.Between(0.3, 0.6), rng.Between(0.75, 0.95));
        _groundFar = Rgb.FromHsv(hue + 0.5, rng.Between(0.2, 0.5), rng.Between(0.25, 0.4));
        _groundNear = _groundFar.Scale(rng.Between(0.3, 0.6));
        _glowColour = Rgb.FromHsv(hue + rng.Between(-0.1, 0.1) + 0.08, rng.Between(0.3, 0.7), 1.0);
        _skylineColour = Rgb.FromHsv(hue + 0.55, rng.Between(0.2, 0.5), rng.Between(0.08, 0.22));
        _horizon = rng.Between(0.45, 0.72);
        _glowX = rng.Between(0.2, 1.3);
        _glowY = _horizon - rng.Between(0.05, 0.3);
        _glowRadius = rng.Between(0.08, 0.2);

        _bars = new Bar[rng.Between(6, 15)];
        for (var i = 0; i < _bars.Length; i++)
        {
            var left = rng.Between(0.0, 1.45);
            _bars[i] = new Bar(left, left + rng.Between(0.03, 0.12), _horizon - rng.Between(0.04, 0.32), rng.Between(0.75, 0.95));
        }

        _discs = new Disc[rng.Between(5, 13)];
        for (var i = 0; i < _discs.Length; i++)
        {
            _discs[i] = new Disc(
                rng.Between(0.0, 1.5), rng.Between(0.0, 1.0), rng.Between(0.02, 0.12), rng.Between(0.004, 0.03),
                Rgb.FromHsv(rng.NextDouble(), rng.Between(0.3, 0.9), rng.Between(0.6, 1.0)), rng.Between(0.2, 0.55));
        }
    }

    /// <summary>Renders the scene at any size; the picture is laid out for a 3:2 frame.</summary>
    public Image<Rgb24> Render(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var py = 0; py < height; py++)
            {
                var row = rows.GetRowSpan(py);
                for (var px = 0; px < width; px++)
                {
                    // Scene coordinates: x in [0, 1.5), y in [0, 1), sampled at the pixel centre.
                    var x = (px + 0.5) / width * 1.5;
                    var y = (py + 0.5) / height;
                    var c = Shade(x, y);
                    var grain = ((int)(SplitMix64.Hash(_seed, px, py) % 3) - 1) / 255.0;
                    row[px] = new Rgb24(Rgb.ToByte(c.R + grain), Rgb.ToByte(c.G + grain), Rgb.ToByte(c.B + grain));
                }
            }
        });
        return image;
    }

    private Rgb Shade(double x, double y)
    {
        var c = y < _horizon
            ? _skyTop.Blend(_skyHorizon, y / _horizon)
            : _groundFar.Blend(_groundNear, (y - _horizon) / (1 - _horizon));

        c = c.Blend(_glowColour, 0.9 * Coverage(Distance(x, y, _glowX, _glowY), _glowRadius, _glowRadius * 0.6));

        foreach (var bar in _bars)
        {
            if (x >= bar.Left && x < bar.Right && y >= bar.Top && y < _horizon + 0.02)
                c = c.Blend(_skylineColour, bar.Alpha);
        }

        foreach (var disc in _discs)
        {
            var coverage = Coverage(Distance(x, y, disc.X, disc.Y), disc.Radius, disc.Softness);
            if (coverage > 0) c = c.Blend(disc.Colour, disc.Alpha * coverage);
        }

        var dx = x - 0.75;
        var dy = y - 0.5;
        return c.Scale(1 - 0.45 * (dx * dx + dy * dy));
    }

    private static double Distance(double x, double y, double cx, double cy)
    {
        var dx = x - cx;
        var dy = y - cy;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>1 inside the radius, 0 beyond radius + softness, a smooth step between.</summary>
    private static double Coverage(double distance, double radius, double softness)
    {
        if (distance <= radius) return 1;
        if (distance >= radius + softness) return 0;
        var t = 1 - (distance - radius) / softness;
        return t * t * (3 - 2 * t);
    }
}
