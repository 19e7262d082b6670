using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Tui.Editing;
using PhotoDesk.Tui.State;
using PhotoDesk.Tui.Views;
using Terminal.Gui.App;

namespace PhotoDesk.Tui;

/// <summary>
/// One desk on one index: the controller, the credit checks, the editor and the window, wired together. The app
/// runs it in a terminal; tests build it on a headless driver.
/// </summary>
public sealed class DeskSession : IDisposable
{
    public DeskSession(IApplication app, IPhotoSearcher searcher, TuiOptions options, IUiThread ui, bool trueColor)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        Controller = new DeskController(searcher, options.IndexPath, ui, options.Debounce);
        Credits = new CreditsModel();
        Editor = new DeskEditor(options.IndexPath, options.Services, options.OpenWriter, options.EditTarget, options.CreditsFile);
        Window = new DeskWindow(Controller, Credits, Editor, new ThumbnailStore(options.IndexPath), ui, trueColor);
        Window.RecheckRequested = () => RecheckCredits(ui);
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (Window.HandleKey(key)) key.Handled = true;
        };
        Options = options;
    }

    public TuiOptions Options { get; }
    public DeskController Controller { get; }
    public CreditsModel Credits { get; }
    public DeskEditor Editor { get; }
    public DeskWindow Window { get; }

    /// <summary>Above this many photos the credit checks wait until the credits view is opened (they read every entry).</summary>
    public const long EagerCreditCheckLimit = 20_000;

    /// <summary>First search, the refresh poll and (on archives of a reasonable size) the credit checks, all in the background.</summary>
    public void Start(IUiThread ui, TimeSpan pollInterval)
    {
        Controller.Start(pollInterval);
        if (Controller.Searcher.GetStats().PhotoCount <= EagerCreditCheckLimit) RecheckCredits(ui);
    }

    private int _checking;
    private volatile bool _checkAgain;

    /// <summary>Runs the credit checks in the background; a request while they run runs them once more afterwards.</summary>
    private void RecheckCredits(IUiThread ui)
    {
        if (Interlocked.Exchange(ref _checking, 1) == 1)
        {
            _checkAgain = true;
            return;
        }
        Controller.Tasks.Run(() =>
        {
            try
            {
                Controller.Searcher.Refresh();
                var authority = Editor.LoadAuthority(Controller.Searcher);
                Credits.Load(Controller.Searcher, authority);
                ui.Post(Window.CreditsLoaded);
            }
            finally
            {
                Interlocked.Exchange(ref _checking, 0);
                if (_checkAgain)
                {
                    _checkAgain = false;
                    RecheckCredits(ui);
                }
            }
        });
    }

    public void Dispose()
    {
        Controller.Dispose();
        Window.Dispose();
    }
}
