using System.Diagnostics;
using PhotoDesk.Testing;

namespace PhotoDesk.Tui.Tests.EndToEnd;

/// <summary>A detached tmux session of a fixed size running one command; killed on dispose.</summary>
public sealed class TmuxSession : IDisposable
{
    private TmuxSession(string name) => Name = name;

    public string Name { get; }

    public static TmuxSession Start(string command, int width, int height)
    {
        var session = new TmuxSession($"photodesk-test-{Guid.NewGuid():N}");
        Tmux("new-session", "-d", "-s", session.Name, "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), command);
        return session;
    }

    /// <summary>Types text literally (no key names).</summary>
    public void Type(string text) => Tmux("send-keys", "-t", Name, "-l", text);

    /// <summary>Sends tmux key names (Enter, Tab, F2, Escape, BSpace…).</summary>
    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", Name, .. keys]);

    public string Capture() => Tmux("capture-pane", "-p", "-t", Name).StdOut;

    /// <summary>Polls the screen until <paramref name="done"/> holds; fails with the last screen after <paramref name="timeout"/>.</summary>
    public string WaitFor(Func<string, bool> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        var screen = "";
        while (clock.Elapsed < timeout)
        {
            screen = Capture();
            if (done(screen)) return screen;
            Thread.Sleep(150);
        }
        throw new TimeoutException($"waited {timeout.TotalSeconds:0} s for {what}; the screen was:\n{screen}");
    }

    public string WaitFor(string text, TimeSpan timeout) => WaitFor(s => s.Contains(text, StringComparison.Ordinal), timeout, $"\"{text}\"");

    private static (int ExitCode, string StdOut, string StdErr) Tmux(params string[] args)
    {
        var result = ExternalTools.Run("tmux", args, TimeSpan.FromSeconds(20));
        if (result.ExitCode != 0 && args[0] != "kill-session")
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {result.StdErr}");
        return result;
    }

    public void Dispose() => Tmux("kill-session", "-t", Name);
}
