using System.CommandLine;
using PhotoDesk.Cli.Commands;

namespace PhotoDesk.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = BuildRoot();
        // `photodesk` alone opens the desk, as `photodesk tui` does.
        if (args.Length == 0) args = ["tui"];
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"photodesk: {error.Message}");
            Console.Error.WriteLine("Try 'photodesk --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            // SIGTERM/Ctrl-C cancel the action's token; give it time to commit and flush logs before the process ends
            // (System.CommandLine's default is 2 s, after which the process is cut off mid-shutdown).
            return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("photodesk: interrupted");
            return ExitCodes.Cancelled;
        }
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("PhotoDesk: photo archive and caption metadata for news photo desks");
        // One line per command; each command lives in its own file under Commands/.
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(EditCommand.Create());
        root.Subcommands.Add(CaptionCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(TuiCommand.Create());
        root.Subcommands.Add(CreditsCommand.Create());
        root.Subcommands.Add(HistoryCommand.Create());
        root.Subcommands.Add(UndoCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        return root;
    }
}
