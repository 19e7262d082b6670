using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

// Placeholder until this command is built: it says so and fails.
internal static class UndoCommand
{
    public static Command Create()
    {
        var command = new Command("undo", "(not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("photodesk undo: not built yet");
            return ExitCodes.Fatal;
        });
        return command;
    }
}
