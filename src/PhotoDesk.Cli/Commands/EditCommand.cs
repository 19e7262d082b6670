using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

// Placeholder until this command is built: it says so and fails.
internal static class EditCommand
{
    public static Command Create()
    {
        var command = new Command("edit", "(not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("photodesk edit: not built yet");
            return ExitCodes.Fatal;
        });
        return command;
    }
}
