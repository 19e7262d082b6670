namespace PhotoDesk.Cli.Commands;

/// <summary>The one place that decides which index folder a command uses.</summary>
public static class IndexLocation
{
    public const string EnvironmentVariable = "PHOTODESK_INDEX";

    /// <summary>Command line, then <c>PHOTODESK_INDEX</c> (or <c>PHOTODESK__INDEX</c>), then photodesk.json's <c>Index</c>, then <c>./index</c>.</summary>
    public static string Resolve(string? option)
    {
        var chosen = option;
        if (string.IsNullOrWhiteSpace(chosen)) chosen = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(chosen)) chosen = Environment.GetEnvironmentVariable("PHOTODESK__INDEX");
        if (string.IsNullOrWhiteSpace(chosen)) chosen = PhotoDeskSettings.Load().Index;
        if (string.IsNullOrWhiteSpace(chosen)) chosen = "index";
        return Path.GetFullPath(chosen);
    }
}
