using System.Text.Json;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// Settings from <c>photodesk.json</c> in the current folder (or the file named by <c>PHOTODESK_CONFIG</c>).
/// Command-line options and environment variables override them.
/// </summary>
public sealed record PhotoDeskSettings
{
    public string? Index { get; init; }
    /// <summary>"sidecar" (default) or "embedded".</summary>
    public string? EditTarget { get; init; }
    public string? CreditsFile { get; init; }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static PhotoDeskSettings Load()
    {
        var path = Environment.GetEnvironmentVariable("PHOTODESK_CONFIG");
        if (string.IsNullOrWhiteSpace(path)) path = Path.Combine(Environment.CurrentDirectory, "photodesk.json");
        if (!File.Exists(path)) return new PhotoDeskSettings();
        try
        {
            return JsonSerializer.Deserialize<PhotoDeskSettings>(File.ReadAllText(path), Options) ?? new PhotoDeskSettings();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}: not valid JSON ({e.Message})", e);
        }
    }
}
