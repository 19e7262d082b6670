namespace PhotoDesk.Tui.Imaging;

/// <summary>
/// A thumbnail scaled for the terminal: <see cref="Width"/> × <see cref="Height"/> pixels (RGB, row-major), drawn two
/// pixel rows per character cell with an upper half block ('▀': foreground = top pixel, background = bottom).
/// </summary>
public sealed class CellImage
{
    private readonly byte[] _rgb;

    public CellImage(int width, int height, byte[] rgb)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width));
        if (rgb.Length != width * height * 3) throw new ArgumentException("pixel data does not match the size", nameof(rgb));
        Width = width;
        Height = height;
        _rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Character rows the image needs (two pixels per cell).</summary>
    public int Rows => (Height + 1) / 2;

    public (byte R, byte G, byte B) Pixel(int x, int y)
    {
        if (y >= Height) y = Height - 1;
        var i = (y * Width + x) * 3;
        return (_rgb[i], _rgb[i + 1], _rgb[i + 2]);
    }
}
