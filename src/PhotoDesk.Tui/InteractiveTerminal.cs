namespace PhotoDesk.Tui;

/// <summary>The desk needs a real terminal: both ends a TTY and a TERM that can address the screen.</summary>
public static class InteractiveTerminal
{
    /// <summary>Null when the desk can run here; otherwise why not, in words.</summary>
    public static string? WhyNot()
    {
        if (Console.IsInputRedirected) return "standard input is not a terminal";
        if (Console.IsOutputRedirected) return "standard output is not a terminal";
        var term = Environment.GetEnvironmentVariable("TERM");
        if (string.Equals(term, "dumb", StringComparison.Ordinal)) return "TERM=dumb cannot show the desk";
        return null;
    }

    /// <summary>True when the terminal says it takes 24-bit colour (COLORTERM=truecolor or 24bit).</summary>
    public static bool TrueColor()
    {
        var colorTerm = Environment.GetEnvironmentVariable("COLORTERM") ?? "";
        return colorTerm.Contains("truecolor", StringComparison.OrdinalIgnoreCase) || colorTerm.Contains("24bit", StringComparison.OrdinalIgnoreCase);
    }
}
