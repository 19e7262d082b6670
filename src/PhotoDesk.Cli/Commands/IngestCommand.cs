using System.CommandLine;
using PhotoDesk.Captions;
using PhotoDesk.Captions.Places;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Index;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Ingest.Worker;
using PhotoDesk.Metadata.Reading;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk ingest PATH... [--index DIR] [--json] [--no-thumbnails] [--wait]</c>: brings the index in line with
/// archive folders (incremental, idempotent, moves keep their id). Exit codes: 0 all good, 3 some files failed,
/// 1 fatal (index locked without --wait, unusable), 2 usage, 130 interrupted (after a clean commit).
/// Also the composition root of ingest for the worker, import, reindex and demo commands.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Archive folders (or single photos) to ingest", Arity = ArgumentArity.OneOrMore };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var noThumbnails = NoThumbnailsOption();
        var wait = WaitOption();
        var command = new Command("ingest", "Index photos under archive folders: new, changed, moved and deleted files; "
            + "a second run over an unchanged archive only checks sizes and times");
        command.Arguments.Add(paths);
        foreach (var o in new Option[] { index, json, noThumbnails, wait }) command.Options.Add(o);
        command.SetAction((parse, ct) => RunAsync("ingest", parse.GetValue(paths) ?? [], IndexLocation.Resolve(parse.GetValue(index)),
            parse.GetValue(json), !parse.GetValue(noThumbnails), parse.GetValue(wait), force: false, ct));
        return command;
    }

    internal static Option<bool> NoThumbnailsOption() => new("--no-thumbnails") { Description = "Do not make thumbnails" };

    internal static Option<bool> WaitOption() => new("--wait")
    {
        Description = "When another PhotoDesk process (ingest, worker, edit) holds the index, wait for it instead of exiting with code 1",
    };

    /// <summary>The one place ingest is composed: real reader, caption parser with the shared gazetteer, thumbnails under the index.</summary>
    internal static IngestRunner CreateRunner(string indexPath, IngestOptions options) =>
        new(new PhotoMetadataReader(), new CaptionParser(DeferredPlaceFinder.Instance), options,
            options.Thumbnails ? new ThumbnailMaker(new ThumbnailStore(indexPath)) : null);

    /// <summary>
    /// Takes the index for writing, or says why not (null: the caller exits with code 1). Opening takes the one
    /// cross-process write lock (<see cref="IndexWriteGuard"/>).
    /// </summary>
    internal static IPhotoIndexWriter? OpenWriter(string command, string indexPath, bool wait, CancellationToken ct)
    {
        try
        {
            IPhotoIndexWriter writer;
            try
            {
                writer = PhotoIndex.OpenWriter(indexPath, TimeSpan.Zero, ct);
            }
            catch (IndexLockedException) when (wait)
            {
                Console.Error.WriteLine($"photodesk {command}: the index is in use by another PhotoDesk process; waiting…");
                writer = PhotoIndex.OpenWriter(indexPath, TimeSpan.MaxValue, ct);
            }
            if (writer.RebuildNotice is { } notice)
            {
                var next = command == "reindex" ? "rebuilding it now" : "run 'photodesk reindex' to fill it again";
                Console.Error.WriteLine($"photodesk {command}: {TerminalText.Sanitize(notice)}; {next}");
            }
            return writer;
        }
        catch (IndexLockedException e)
        {
            Console.Error.WriteLine($"photodesk {command}: {TerminalText.Sanitize(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"photodesk {command}: cannot open the index at {TerminalText.Sanitize(indexPath)}: {TerminalText.Sanitize(e.Message)}");
            return null;
        }
    }

    internal static async Task<int> RunAsync(string command, IReadOnlyList<string> paths, string indexPath, bool json, bool thumbnails,
        bool wait, bool force, CancellationToken ct)
    {
        var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            Console.Error.WriteLine(PathArguments.Missing(command, missing, "file or folder"));
            return ExitCodes.Usage;
        }
        var roots = paths.Select(IngestRunner.Canonical).Distinct(StringComparer.Ordinal).ToList();
        using var writer = OpenWriter(command, indexPath, wait, ct);
        if (writer is null) return ExitCodes.Fatal;
        // A one-shot run commits every 10 s (each commit flushes small segments that must be merged later); a crash
        // costs at most that much work, which the next run redoes. The worker keeps the default, for fresh search.
        var options = new IngestOptions { Thumbnails = thumbnails, Force = force, ExcludedFolders = [indexPath], CommitInterval = TimeSpan.FromSeconds(10) };
        var runner = CreateRunner(indexPath, options);
        IngestState.Update(indexPath, state => state.WithRoots(roots));
        var session = new IngestSession(writer);

        // Edits made while a worker held the index and asked it to re-index, left over when it stopped.
        var requested = RefreshRequests.Take(indexPath);
        if (requested.Count > 0) await runner.RefreshAsync(session, requested, ct).ConfigureAwait(false);

        using var progress = TerminalProgress.StartIfInteractive();
        var summary = await runner.RunAsync(session, roots, progress, ct).ConfigureAwait(false);
        var compacting = System.Diagnostics.Stopwatch.StartNew();
        if (BulkLoad.CompactIfLarge(writer, summary.Added + summary.Updated, ct)) // not after a cancelled run: BulkLoad decides
            summary = summary with { Elapsed = summary.Elapsed + compacting.Elapsed };
        progress?.Finish();
        Report(command, summary, json);
        if (summary.Cancelled) return ExitCodes.Cancelled;
        return summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    internal static void Report(string command, IngestSummary summary, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(IngestSummaryJson.Write(summary));
            foreach (var f in summary.Failures)
                Console.Error.WriteLine($"photodesk {command}: {TerminalText.Sanitize(f.Path)}: {TerminalText.Sanitize(f.Error)}");
        }
        else
        {
            Console.Out.WriteLine($"{summary.Scanned} scanned: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged, "
                + $"{summary.Removed} removed, {summary.Failed} failed in {summary.Elapsed.TotalSeconds:0.0} s");
            foreach (var f in summary.Failures)
                Console.Out.WriteLine($"  failed: {TerminalText.Sanitize(f.Path)}: {TerminalText.Sanitize(f.Error)}");
        }
        if (summary.Cancelled) Console.Error.WriteLine($"photodesk {command}: interrupted; what was done is committed, run it again to finish");
    }

    /// <summary>Files/s and ETA on standard error, only when it is a terminal.</summary>
    private sealed class TerminalProgress : IProgress<IngestProgress>, IDisposable
    {
        private bool _wrote;

        public static TerminalProgress? StartIfInteractive() => Console.IsErrorRedirected ? null : new TerminalProgress();

        public void Report(IngestProgress p)
        {
            var eta = p.WalkComplete && p.EstimatedRemaining is { } left ? $", ETA {left:mm\\:ss}" : "";
            var total = p.WalkComplete ? $"/{p.Found}" : $" of {p.Found}+";
            lock (this)
            {
                Console.Error.Write($"\r{p.Done}{total} files, {p.FilesPerSecond:0} files/s{eta}   ");
                _wrote = true;
            }
        }

        public void Finish()
        {
            lock (this) if (_wrote) Console.Error.WriteLine();
        }

        public void Dispose() { }
    }
}
