using Terminal.Gui.App;

namespace PhotoDesk.Tui.State;

/// <summary>Posts to Terminal.Gui's main loop (<see cref="IApplication.Invoke(Action)"/>).</summary>
public sealed class AppUiThread(IApplication app) : IUiThread
{
    public void Post(Action action) => app.Invoke(action);
}
