using System.CommandLine;
using System.Runtime.InteropServices;
using PhotoDesk.Cli.Commands;

namespace PhotoDesk.Cli;

public static class Program
{
    /// <summary>Set once the command has finished: the process is only shutting down.</summary>
    private static volatile bool s_finished;

    /// <summary>
    /// System.CommandLine handles SIGTERM only while a command runs. One arriving after the command finished, while the
    /// runtime shuts down, killed the process with 143 though its work was done and committed; now the process exits
    /// with the command's own code. Registered at the start of <see cref="Main"/> and kept in this field for the process
    /// lifetime (disposing it would bring the default back).
    /// </summary>
    private static PosixSignalRegistration? s_lateTermination;

    private static PosixSignalRegistration? RegisterLateTermination()
    {
        try
        {
            return PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                if (s_finished) context.Cancel = true;
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    public static async Task<int> Main(string[] args)
    {
        s_lateTermination = RegisterLateTermination();
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
            var code = await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
            s_finished = true;
            return code;
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
