using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

// Placeholder until this command is built: it says so and fails.
internal static class InspectCommand
{
    public static Command Create()
    {
        var command = new Command("inspect", "(not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("photodesk inspect: not built yet");
            return ExitCodes.Fatal;
        });
        return command;
    }
}
