using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

// Placeholder until this command is built: it says so and fails.
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "(not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("photodesk stats: not built yet");
            return ExitCodes.Fatal;
        });
        return command;
    }
}
