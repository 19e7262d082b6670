using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Index;
using PhotoDesk.Tui.State;
using Terminal.Gui.App;

namespace PhotoDesk.Tui;

/// <summary>Runs the terminal desk on an index (<c>photodesk</c>, <c>photodesk tui</c>, <c>photodesk demo</c>).</summary>
public static class TuiApp
{
    /// <summary>Exit codes, as every PhotoDesk command uses them.</summary>
    public const int Ok = 0, Fatal = 1, Usage = 2;

    public static int Run(TuiOptions options, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        errors ??= Console.Error;
        if (InteractiveTerminal.WhyNot() is { } why)
        {
            errors.WriteLine($"photodesk tui: not an interactive terminal ({why}); use 'photodesk search' in scripts");
            return Usage;
        }
        IPhotoSearcher searcher;
        try
        {
            searcher = PhotoIndex.OpenSearcher(options.IndexPath);
        }
        catch (IndexUnavailableException e)
        {
            errors.WriteLine($"photodesk tui: {TerminalText.Sanitize(e.Message)}");
            return Fatal;
        }
        using (searcher)
        {
            using IApplication app = Application.Create().Init();
            var ui = new AppUiThread(app);
            using var session = new DeskSession(app, searcher, options, ui, InteractiveTerminal.TrueColor());
            session.Start(ui, options.PollInterval);
            app.Run(session.Window);
            session.Controller.Dispose();
            try { session.Controller.Tasks.WhenIdle(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult(); }
            catch (TimeoutException) { /* a slow background job: the process exits anyway */ }
        }
        return Ok;
    }
}
