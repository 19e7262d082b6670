using System.Text;
using System.Text.Json;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Index;

namespace PhotoDesk.Cli.Commands;

// What `credits fix`, `tag`, `undo` and `history` share: opening the desk, applying a plan, printing plans and results.
internal static partial class CreditsCommand
{
    /// <summary>How long a batch waits for another batch or writer on the same index before refusing.</summary>
    internal static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>Testing aid: a pause after each photo of a batch, so a test can kill the process half way.</summary>
    internal const string StepDelayVariable = "PHOTODESK_BATCH_STEP_DELAY_MS";

    internal static CreditDesk OpenDesk(string indexPath)
    {
        var delay = int.TryParse(Environment.GetEnvironmentVariable(StepDelayVariable), out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
        return new CreditDesk(indexPath, DefaultCreditServices.Create(), new BatchRunnerOptions { LockWait = LockWait, StepDelay = delay })
        {
            CreditsFile = PhotoDeskSettings.Load().CreditsFile,
        };
    }

    /// <summary>
    /// Takes the index's batch lock before a batch selects and reads its photos, so a batch that had to wait plans
    /// on what the previous batch left (a dry run takes none). Null with an error printed when another batch holds it.
    /// </summary>
    internal static bool TryLockForBatch(string command, CreditDesk desk, bool dryRun, CancellationToken ct, out BatchLock? batchLock)
    {
        batchLock = null;
        if (dryRun) return true;
        try
        {
            batchLock = BatchLock.Acquire(desk.Journal.Directory, LockWait, ct);
            return true;
        }
        catch (BatchLockedException e)
        {
            Fail(command, e.Message, ExitCodes.Fatal);
            return false;
        }
    }

    /// <summary>The one place the credit commands open the index for writing.</summary>
    /// <exception cref="IndexLockedException">Another process holds the index after <paramref name="wait"/>.</exception>
    internal static IPhotoIndexWriter OpenIndexWriter(string indexPath, TimeSpan wait, CancellationToken ct) =>
        PhotoIndex.OpenWriter(indexPath, wait, ct);

    /// <summary>The command line as the journal records it.</summary>
    internal static string CommandLine() =>
        "photodesk " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) || a.Contains('\'') ? "'" + a.Replace("'", "'\\''") + "'" : a));

    internal static int Fail(string command, string message, int code)
    {
        Console.Error.WriteLine($"photodesk {command}: {TerminalText.Sanitize(message)}");
        return code;
    }

    internal static bool TryTarget(string? option, out WriteTarget target)
    {
        var name = string.IsNullOrWhiteSpace(option) ? PhotoDeskSettings.Load().EditTarget : option;
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "" or "sidecar": target = WriteTarget.Sidecar; return true;
            case "embedded": target = WriteTarget.Embedded; return true;
            default: target = WriteTarget.Sidecar; return false;
        }
    }

    internal static void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, CreditJson.WriterOptions)) write(writer);
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>Applies a plan: index writer first (nothing changes if it is busy), then journal, files, re-index.</summary>
    internal static int Apply(string command, CreditDesk desk, BatchPlan plan, bool json, CancellationToken ct)
    {
        if (plan.IsEmpty)
        {
            if (json) WriteJson(w => CreditJson.WriteBatch(w, null, [], plan.Skipped, dryRun: false));
            else Console.Out.WriteLine($"Nothing to change ({plan.Skipped.Count} photo(s) looked at).");
            return plan.Skipped.Any(s => s.IsFailure) ? ExitCodes.PartialFailure : ExitCodes.Ok;
        }
        BatchResult result;
        try
        {
            // The batch lock first: a second batch waits here and never competes for the index writer.
            using var batchLock = BatchLock.Acquire(desk.Journal.Directory, LockWait, ct);
            using var writer = OpenIndexWriter(desk.IndexPath, LockWait, ct);
            result = desk.Runner(writer).Apply(plan, CommandLine(), ct);
        }
        catch (Exception e) when (e is IndexLockedException or BatchLockedException or BatchRefusedException or IndexUnavailableException)
        {
            return Fail(command, e.Message, ExitCodes.Fatal);
        }
        PrintRecovery(result.Recovery);
        if (json) WriteJson(w => CreditJson.WriteResult(w, result));
        else PrintResult(result);
        return result.Skipped.Any(s => s.IsFailure) ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    internal static void PrintRecovery(RecoveryReport report)
    {
        foreach (var id in report.RolledBack) Console.Error.WriteLine($"photodesk: batch {id} had been interrupted; it was rolled back (every file restored)");
        foreach (var id in report.UndoCompleted) Console.Error.WriteLine($"photodesk: the undo of batch {id} had been interrupted; it was completed");
        foreach (var w in report.Warnings) Console.Error.WriteLine($"photodesk: {TerminalText.Sanitize(w)}");
    }

    internal static void PrintPlan(BatchPlan plan)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Dry run, nothing written. {TerminalText.Sanitize(plan.Description)}: {plan.Photos.Count} photo(s) would change.");
        foreach (var photo in plan.Photos) AppendPhoto(sb, photo.Photo.Path, photo.Changes);
        AppendFailures(sb, plan.Skipped);
        Console.Out.Write(sb.ToString());
    }

    private static void PrintResult(BatchResult result)
    {
        var sb = new StringBuilder();
        foreach (var photo in result.Changed) AppendPhoto(sb, photo.Path, photo.Changes);
        AppendFailures(sb, result.Skipped);
        sb.AppendLine($"batch {result.BatchId}: changed {result.Changed.Count} photo(s) (undo with: photodesk undo {result.BatchId})");
        Console.Out.Write(sb.ToString());
    }

    private static void AppendPhoto(StringBuilder sb, string path, IReadOnlyList<FieldChange> changes)
    {
        sb.AppendLine(TerminalText.Sanitize(path));
        foreach (var c in changes)
        {
            sb.AppendLine($"  {c.Field}");
            sb.AppendLine($"    old: {TerminalText.Sanitize(string.Join("; ", c.Before))}");
            sb.AppendLine($"    new: {TerminalText.Sanitize(string.Join("; ", c.After))}");
        }
    }

    private static void AppendFailures(StringBuilder sb, IReadOnlyList<SkippedPhoto> skipped)
    {
        foreach (var s in skipped.Where(s => s.IsFailure))
            sb.AppendLine($"not changed: {TerminalText.Sanitize(s.Photo.Path)}: {TerminalText.Sanitize(s.Reason)}");
    }
}
