using System.CommandLine;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Index;
using PhotoDesk.Tui;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk tui [--index DIR]</c> (and <c>photodesk</c> alone): the terminal desk. On a non-interactive terminal
/// (stdin or stdout not a TTY, TERM=dumb) it says so and exits with 2.
/// </summary>
internal static class TuiCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var command = new Command("tui", "Open the terminal desk: search, preview, tag and correct credits (F1 in the desk lists the keys)");
        command.Options.Add(index);
        command.SetAction(parse => Run(IndexLocation.Resolve(parse.GetValue(index))));
        return command;
    }

    /// <summary>Opens the desk on <paramref name="indexPath"/> with the real components (also used by <c>photodesk demo</c>).</summary>
    internal static int Run(string indexPath)
    {
        PhotoDeskSettings settings;
        try
        {
            settings = PhotoDeskSettings.Load();
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"photodesk tui: {e.Message}");
            return ExitCodes.Usage;
        }
        var options = new TuiOptions
        {
            IndexPath = indexPath,
            Services = DefaultCreditServices.Create(),
            // The one write lock ingest and the worker take too; a worker holding it means "saved; indexing by worker".
            OpenWriter = path => PhotoIndex.OpenWriter(path, TimeSpan.FromMilliseconds(300)),
            EditTarget = string.Equals(settings.EditTarget, "embedded", StringComparison.OrdinalIgnoreCase) ? WriteTarget.Embedded : WriteTarget.Sidecar,
            CreditsFile = settings.CreditsFile,
        };
        return TuiApp.Run(options);
    }
}
