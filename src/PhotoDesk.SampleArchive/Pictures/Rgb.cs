namespace PhotoDesk.SampleArchive.Pictures;

/// <summary>A colour with channels in [0, 1], for blending before it is quantised to bytes.</summary>
public readonly record struct Rgb(double R, double G, double B)
{
    public Rgb Blend(Rgb over, double alpha) =>
        new(R + (over.R - R) * alpha, G + (over.G - G) * alpha, B + (over.B - B) * alpha);

    public Rgb Scale(double factor) => new(R * factor, G * factor, B * factor);

    /// <summary>
    /// Hue (0..1 around the wheel), saturation and value to RGB with the piecewise-linear formula: only + - * /,
    /// so the result is bit-identical on every CPU (no trigonometry from the C runtime).
    /// </summary>
    public static Rgb FromHsv(double hue, double saturation, double value)
    {
        var h = (hue - Math.Floor(hue)) * 6.0;
        var sector = (int)h;
        var f = h - sector;
        var p = value * (1 - saturation);
        var q = value * (1 - saturation * f);
        var t = value * (1 - saturation * (1 - f));
        return sector switch
        {
            0 => new(value, t, p),
            1 => new(q, value, p),
            2 => new(p, value, t),
            3 => new(p, q, value),
            4 => new(t, p, value),
            _ => new(value, p, q),
        };
    }

    public static byte ToByte(double channel) => (byte)Math.Clamp((int)(channel * 255.0 + 0.5), 0, 255);
}
