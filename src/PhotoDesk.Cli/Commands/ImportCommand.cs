using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

// Placeholder until this command is built: it says so and fails.
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "(not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("photodesk import: not built yet");
            return ExitCodes.Fatal;
        });
        return command;
    }
}
