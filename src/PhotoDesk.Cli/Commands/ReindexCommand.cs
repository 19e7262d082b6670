using System.CommandLine;
using PhotoDesk.Core.Text;
using PhotoDesk.Ingest.Pipeline;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk reindex [--index DIR] [PATH...] [--json] [--wait] [--no-thumbnails]</c>: rebuilds the index from the
/// files, re-reading every photo under the given folders or, by default, the folders earlier ingests named
/// (remembered in the index folder). Imported catalogs are kept; if the index had to be cleared (a new index
/// format) they are imported again from their files.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Archive folders (default: those ingested before)", Arity = ArgumentArity.ZeroOrMore };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var wait = IngestCommand.WaitOption();
        var noThumbnails = IngestCommand.NoThumbnailsOption();
        var command = new Command("reindex", "Rebuild the index from the photo files (the index is derived; edits live in the files)");
        command.Arguments.Add(paths);
        foreach (var o in new Option[] { index, json, wait, noThumbnails }) command.Options.Add(o);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(paths) ?? [], IndexLocation.Resolve(parse.GetValue(index)),
            parse.GetValue(json), parse.GetValue(wait), !parse.GetValue(noThumbnails), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string indexPath, bool json, bool wait, bool thumbnails, CancellationToken ct)
    {
        var state = IngestState.Load(indexPath);
        var roots = paths.Length > 0 ? paths : state.Roots.Where(r => File.Exists(r) || Directory.Exists(r)).ToArray();
        var gone = paths.Length > 0 ? [] : state.Roots.Except(roots).ToList();
        foreach (var g in gone) Console.Error.WriteLine($"photodesk reindex: {TerminalText.Sanitize(g)} (ingested before) is not there now; skipped");
        if (roots.Length == 0 && state.Catalogs.Count == 0)
        {
            Console.Error.WriteLine("photodesk reindex: no archive folder known for this index: pass PATH (or run 'photodesk ingest PATH' first)");
            return ExitCodes.Usage;
        }
        var code = roots.Length == 0 ? ExitCodes.Ok
            : await IngestCommand.RunAsync("reindex", roots, indexPath, json, thumbnails, wait, force: true, ct).ConfigureAwait(false);
        if (code is not (ExitCodes.Ok or ExitCodes.PartialFailure) || !NeedsCatalogs(indexPath, state)) return code;
        foreach (var catalog in state.Catalogs.Where(File.Exists))
        {
            var imported = await ImportCommand.RunAsync(catalog, indexPath, json, wait, ct).ConfigureAwait(false);
            if (imported != ExitCodes.Ok) code = Math.Max(code, imported);
        }
        return code;
    }

    /// <summary>Catalog records live only in the index: import them again when it holds none (it was cleared).</summary>
    private static bool NeedsCatalogs(string indexPath, IngestState state)
    {
        if (state.Catalogs.Count == 0) return false;
        using var searcher = PhotoDesk.Index.PhotoIndex.OpenSearcher(indexPath);
        return searcher.AllIds("origin:catalog").Count == 0;
    }
}
