using System.CommandLine;
using PhotoDesk.Captions;
using PhotoDesk.Captions.Places;
using PhotoDesk.Core.Text;
using PhotoDesk.Ingest.Import;
using PhotoDesk.Ingest.Pipeline;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk import FILE.jsonl|FILE.csv [--index DIR] [--json] [--wait]</c>: indexes a catalog export (one record
/// per photo: a path and any of inspect's field names; the files may be offline). Same summary and exit codes as
/// ingest (3 when some records failed; their "path" is FILE:LINE).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Catalog export: JSON Lines (.jsonl) or CSV (.csv) with a header row" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var wait = IngestCommand.WaitOption();
        var command = new Command("import", "Import a catalog export from an older archive system (records for photos that may be offline; "
            + "fields as 'photodesk inspect' names them, creators/keywords as JSON arrays or ';'-separated in CSV)");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { index, json, wait }) command.Options.Add(o);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, IndexLocation.Resolve(parse.GetValue(index)),
            parse.GetValue(json), parse.GetValue(wait), ct));
        return command;
    }

    internal static async Task<int> RunAsync(string file, string indexPath, bool json, bool wait, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine(PathArguments.Missing("import", file, "file"));
            return ExitCodes.Usage;
        }
        if (!CatalogImporter.IsSupported(file))
        {
            Console.Error.WriteLine($"photodesk import: {TerminalText.Sanitize(file)}: a catalog is a .jsonl or .csv file");
            return ExitCodes.Usage;
        }
        using var writer = IngestCommand.OpenWriter("import", indexPath, wait, ct);
        if (writer is null) return ExitCodes.Fatal;
        IngestState.Update(indexPath, state => state.WithCatalog(file));
        var importer = new CatalogImporter(new CaptionParser(PlaceFinder.Default));
        IngestSummary summary;
        try
        {
            summary = await importer.ImportAsync(writer, file, null, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"photodesk import: cannot read {TerminalText.Sanitize(file)}: {TerminalText.Sanitize(e.Message)}");
            return ExitCodes.Fatal;
        }
        IngestCommand.Report("import", summary, json);
        if (summary.Cancelled) return ExitCodes.Cancelled;
        return summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }
}
