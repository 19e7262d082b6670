using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Index;
using PhotoDesk.Index.Searching;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk stats [--index DIR] [--json]</c>: photo count, index size, last ingest. JSON keys: <c>photos</c>,
/// <c>index_bytes</c>, <c>last_ingest</c> (ISO 8601 or null), <c>index_path</c>, <c>format_version</c>.
/// Exit 1 when there is no index or it needs a rebuild.
/// </summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show the index's photo count, size on disk and when the last ingest finished");
        command.Options.Add(index);
        command.Options.Add(json);
        command.SetAction(parse => Run(IndexLocation.Resolve(parse.GetValue(index)), parse.GetValue(json)));
        return command;
    }

    private static int Run(string indexPath, bool json)
    {
        IndexStats stats;
        try
        {
            using var searcher = PhotoIndex.OpenSearcher(indexPath);
            stats = searcher.GetStats();
        }
        catch (IndexUnavailableException e)
        {
            Console.Error.WriteLine($"photodesk stats: {e.Message}");
            return ExitCodes.Fatal;
        }
        var lastIngest = stats.LastIngest?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, SearchResultJson.WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteNumber("photos", stats.PhotoCount);
                writer.WriteNumber("index_bytes", stats.SizeBytes);
                if (lastIngest is null) writer.WriteNull("last_ingest");
                else writer.WriteString("last_ingest", lastIngest);
                writer.WriteString("index_path", stats.IndexPath);
                writer.WriteNumber("format_version", stats.FormatVersion);
                writer.WriteEndObject();
            }
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Ok;
        }
        Console.Out.WriteLine($"photos:       {stats.PhotoCount.ToString("N0", CultureInfo.InvariantCulture)}");
        Console.Out.WriteLine($"index size:   {FormatBytes(stats.SizeBytes)}");
        Console.Out.WriteLine($"last ingest:  {lastIngest ?? "never"}");
        Console.Out.WriteLine($"index:        {TerminalText.Sanitize(stats.IndexPath)} (format {stats.FormatVersion})");
        return ExitCodes.Ok;
    }

    private static string FormatBytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GiB"),
    };
}
