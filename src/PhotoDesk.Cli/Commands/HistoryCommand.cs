using System.CommandLine;
using System.Globalization;
using System.Text;
using PhotoDesk.Core.Text;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Journal;

namespace PhotoDesk.Cli.Commands;

/// <summary><c>photodesk history [--json] [--index DIR]</c>: the batches of the journal, newest first.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("history",
            "List the batches (credits fix, tag) of the index's journal (<index>/journal/), newest first. "
            + "--json: [{\"batch\", \"time\", \"user\", \"command\", \"photos\" (how many), \"state\" (applied, undone, rolled-back), \"kind\", \"description\"}]. "
            + "An interrupted batch is rolled back first (unless another batch is running).");
        command.Options.Add(index);
        command.Options.Add(json);
        command.SetAction((parse, ct) => Task.FromResult(Run(IndexLocation.Resolve(parse.GetValue(index)), parse.GetValue(json), ct)));
        return command;
    }

    private static int Run(string indexPath, bool json, CancellationToken ct)
    {
        var desk = CreditsCommand.OpenDesk(indexPath);
        RecoverIfIdle(desk, ct);
        IReadOnlyList<BatchRecord> records;
        try
        {
            records = desk.History();
        }
        catch (InvalidDataException e)
        {
            return CreditsCommand.Fail("history", e.Message, ExitCodes.Fatal);
        }
        if (json)
        {
            CreditsCommand.WriteJson(w => CreditJson.WriteHistory(w, records));
            return ExitCodes.Ok;
        }
        if (records.Count == 0)
        {
            Console.Out.WriteLine("No batches yet.");
            return ExitCodes.Ok;
        }
        var sb = new StringBuilder();
        sb.AppendLine($"{"BATCH",-22} {"TIME (UTC)",-19} {"USER",-12} {"STATE",-11} {"PHOTOS",6}  COMMAND");
        foreach (var r in records)
        {
            var time = r.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            sb.AppendLine($"{r.Id,-22} {time,-19} {TerminalText.Sanitize(r.User),-12} {r.State.ToName(),-11} {r.Photos.Count(p => p.Error is null),6}  {TerminalText.Sanitize(r.Command)}");
        }
        Console.Out.Write(sb.ToString());
        return ExitCodes.Ok;
    }

    /// <summary>Rolls back an interrupted batch when no batch is running; history itself never waits for one.</summary>
    private static void RecoverIfIdle(CreditDesk desk, CancellationToken ct)
    {
        if (!desk.Journal.List().Any(r => r.State is BatchState.Pending or BatchState.Undoing)) return;
        try
        {
            using var batchLock = BatchLock.Acquire(desk.Journal.Directory, TimeSpan.Zero, ct);
            using var writer = CreditsCommand.OpenIndexWriter(desk.IndexPath, TimeSpan.Zero, ct);
            CreditsCommand.PrintRecovery(desk.Runner(writer, lockWait: TimeSpan.Zero).Recover(ct));
        }
        catch (Exception e) when (e is BatchLockedException or Core.Indexing.IndexLockedException)
        {
            // A batch is running (its pending record is live) or the index is busy: list as it is.
        }
    }
}
