using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

// Placeholder until this command is built: it says so and fails.
internal static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag", "(not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("photodesk tag: not built yet");
            return ExitCodes.Fatal;
        });
        return command;
    }
}
