namespace PhotoDesk.Tui.State;

/// <summary>
/// Runs work on the UI thread. Background work (searches, page loads, decoding, edits) posts its results here;
/// nothing else touches views. The app uses Terminal.Gui's <c>IApplication.Invoke</c>; tests drain a queue.
/// </summary>
public interface IUiThread
{
    void Post(Action action);
}
