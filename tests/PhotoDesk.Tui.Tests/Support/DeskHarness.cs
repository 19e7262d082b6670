using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Index;
using PhotoDesk.Tui.State;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace PhotoDesk.Tui.Tests.Support;

/// <summary>
/// The real desk on a headless ANSI driver of a set size, over a real index: keys are injected, background work is
/// waited for, UI posts are drained, and the screen is drawn and read back as text.
/// </summary>
public sealed class DeskHarness : IDisposable
{
    private readonly IApplication _app;
    private readonly SessionToken? _token;

    public DeskHarness(string indexPath, int width = 80, int height = 24, Func<string, IPhotoIndexWriter>? openWriter = null, bool trueColor = true)
    {
        IndexPath = indexPath;
        Searcher = PhotoIndex.OpenSearcher(indexPath);
        _app = Application.Create();
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        _app.StopAfterFirstIteration = true;
        Ui = new QueuedUiThread();
        var options = new TuiOptions
        {
            IndexPath = indexPath,
            Services = DefaultCreditServices.Create(),
            OpenWriter = openWriter ?? (p => PhotoIndex.OpenWriter(p, TimeSpan.FromSeconds(5))),
            EditTarget = WriteTarget.Sidecar,
            Debounce = TimeSpan.FromMilliseconds(10),
        };
        Session = new DeskSession(_app, Searcher, options, Ui, trueColor);
        Session.Start(Ui, TimeSpan.FromHours(1)); // the poll is driven by tests through F5
        _token = _app.Begin(Session.Window);
        Settle();
    }

    public string IndexPath { get; }
    public IPhotoSearcher Searcher { get; }
    public QueuedUiThread Ui { get; }
    public DeskSession Session { get; }
    public IApplication App => _app;

    /// <summary>Waits for background work and runs its UI posts until nothing is left, then draws.</summary>
    public void Settle()
    {
        for (var round = 0; round < 50; round++)
        {
            Session.Controller.Tasks.WhenIdle(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            _app.LayoutAndDraw(true);
            if (Ui.Drain() == 0)
            {
                Session.Controller.Tasks.WhenIdle(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
                if (Ui.Drain() == 0) break;
            }
        }
        _app.LayoutAndDraw(true);
    }

    public string Screen => _app.Driver!.ToString() ?? "";

    public IReadOnlyList<string> ScreenLines => Screen.Replace("\r", "", StringComparison.Ordinal).Split('\n');

    public void Press(Key key)
    {
        _app.InjectKey(key);
        Settle();
    }

    public void Type(string text)
    {
        foreach (var c in text) _app.InjectKey(new Key(c));
        Settle();
    }

    public void Dispose()
    {
        if (_token is not null) _app.End(_token);
        Session.Dispose();
        _app.Dispose();
        Searcher.Dispose();
    }
}
