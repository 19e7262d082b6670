using System.Diagnostics;

namespace PhotoDesk.Hardening.Tests.Support;

/// <summary>SIGTERM for a child process we started (a clean host shutdown, as systemd or a scheduler does).</summary>
public static class Signals
{
    public static void Terminate(Process p, TimeSpan wait)
    {
        using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        if (!p.WaitForExit(wait)) PhotoDeskProcess.KillHard(p);
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling; false on timeout.</summary>
    public static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition()) return true;
            Thread.Sleep(100);
        }
        return condition();
    }
}
