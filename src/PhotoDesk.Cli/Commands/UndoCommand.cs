using System.CommandLine;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Index;

namespace PhotoDesk.Cli.Commands;

/// <summary><c>photodesk undo BATCH_ID [--index DIR] [--force] [--json]</c>: restores a batch's files byte for byte and re-indexes them.</summary>
internal static class UndoCommand
{
    public static Command Create()
    {
        var batch = new Argument<string>("BATCH_ID") { Description = "The batch to undo (from 'photodesk history' or the output of credits fix / tag)" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var force = new Option<bool>("--force") { Description = "Undo even when a file was changed since the batch (those later changes are lost)" };
        var command = new Command("undo",
            "Undo a batch: every file it changed is restored exactly as it was (byte for byte; files it created are removed), then re-indexed. "
            + "Refused when a later batch changed the same photos (undo that first) or a file changed since (unless --force). "
            + "--json: the batch record {\"batch\", \"time\", \"user\", \"command\", \"photos\", \"state\", \"kind\", \"description\"}. Exit codes: 0 undone; 1 refused or busy.");
        command.Arguments.Add(batch);
        foreach (var o in new Option[] { index, json, force }) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(batch)!, IndexLocation.Resolve(parse.GetValue(index)), parse.GetValue(json), parse.GetValue(force), ct)));
        return command;
    }

    private static int Run(string batchId, string indexPath, bool json, bool force, CancellationToken ct)
    {
        var desk = CreditsCommand.OpenDesk(indexPath);
        if (desk.Journal.Find(batchId) is null) return CreditsCommand.Fail("undo", $"no batch {batchId} in the journal at {desk.Journal.Directory} (see photodesk history)", ExitCodes.Fatal);
        BatchRecord record;
        try
        {
            using var batchLock = BatchLock.Acquire(desk.Journal.Directory, CreditsCommand.LockWait, ct);
            using var writer = CreditsCommand.OpenIndexWriter(indexPath, CreditsCommand.LockWait, ct);
            record = desk.Runner(writer).Undo(batchId, force, ct);
        }
        catch (Exception e) when (e is BatchRefusedException or BatchLockedException or IndexLockedException or InvalidDataException)
        {
            return CreditsCommand.Fail("undo", e.Message, ExitCodes.Fatal);
        }
        if (json) CreditsCommand.WriteJson(w => CreditJson.WriteRecord(w, record));
        else Console.Out.WriteLine($"undid batch {record.Id}: {record.Photos.Count(p => p.Error is null)} photo(s) restored as they were");
        return ExitCodes.Ok;
    }
}
