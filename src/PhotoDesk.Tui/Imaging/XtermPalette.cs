namespace PhotoDesk.Tui.Imaging;

/// <summary>
/// The xterm 256-colour palette's 6×6×6 cube and grey ramp: the nearest entry for an RGB colour, for terminals that
/// do not take 24-bit colour. Returns the palette colour's RGB (what the terminal will show).
/// </summary>
public static class XtermPalette
{
    private static readonly byte[] CubeLevels = [0, 95, 135, 175, 215, 255];

    public static (byte R, byte G, byte B) Nearest(byte r, byte g, byte b)
    {
        var cube = (CubeLevels[Level(r)], CubeLevels[Level(g)], CubeLevels[Level(b)]);
        var grey = (int)Math.Round((r + g + b) / 3.0);
        var step = Math.Clamp((int)Math.Round((grey - 8) / 10.0), 0, 23);
        var greyValue = (byte)(8 + step * 10);
        return Distance(cube, (r, g, b)) <= Distance((greyValue, greyValue, greyValue), (r, g, b)) ? cube : (greyValue, greyValue, greyValue);
    }

    /// <summary>The palette index (16–255) of the nearest colour.</summary>
    public static int Index(byte r, byte g, byte b)
    {
        var (nr, ng, nb) = Nearest(r, g, b);
        if (nr == ng && ng == nb && Array.IndexOf(CubeLevels, nr) < 0) return 232 + (nr - 8) / 10;
        return 16 + 36 * Array.IndexOf(CubeLevels, nr) + 6 * Array.IndexOf(CubeLevels, ng) + Array.IndexOf(CubeLevels, nb);
    }

    private static int Level(byte v) => v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;

    private static int Distance((byte R, byte G, byte B) a, (byte R, byte G, byte B) b)
    {
        int dr = a.R - b.R, dg = a.G - b.G, db = a.B - b.B;
        return dr * dr + dg * dg + db * db;
    }
}
