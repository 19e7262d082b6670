using System.Diagnostics;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Testing;
using PhotoDesk.Tui.Tests.Support;
using Terminal.Gui.Input;
using Xunit;

namespace PhotoDesk.Tui.Tests.EndToEnd;

/// <summary>The real worker process beside the desk: its heartbeat makes the status bar say so, a clean stop removes it.</summary>
[Collection(DeskCollection.Name)]
public sealed class WorkerStatusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static string ProgramDll => Path.Combine(AppContext.BaseDirectory, "photodesk.dll");

    [ToolFact("kill")]
    public void The_status_bar_shows_a_running_worker_and_no_worker_after_it_stops()
    {
        using var temp = new TempDirectory("tui-worker-e2e");
        var hot = temp.Combine("hot");
        var index = temp.Combine("index");
        Directory.CreateDirectory(hot);
        foreach (var photo in Directory.EnumerateFiles(TestPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories).Order().Take(3))
            File.Copy(photo, Path.Combine(hot, Path.GetFileName(photo)));

        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { ProgramDll, "worker", "--watch", hot, "--index", index, "--rescan-seconds", "600", "--no-thumbnails" }) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        using var worker = Process.Start(psi)!;
        worker.OutputDataReceived += (_, _) => { };
        worker.ErrorDataReceived += (_, _) => { };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            Assert.True(Eventually(() => WorkerHeartbeat.Read(index) is { Indexing: false } && Photos(index) == 3), "the worker's heartbeat and its catch-up pass");
            var beat = WorkerHeartbeat.Read(index)!;
            Assert.Equal(worker.Id, beat.ProcessId);

            using (var desk = new DeskHarness(index, 120, 36))
            {
                desk.Press(Key.F5);
                Assert.Contains("│ worker idle │", desk.Screen);

                Terminate(worker);
                Assert.False(File.Exists(WorkerHeartbeat.PathIn(index))); // a clean stop removes it
                desk.Press(Key.F5);
                Assert.Contains("│ no worker │", desk.Screen);
            }
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill();
                worker.WaitForExit();
            }
        }
    }

    private static long Photos(string index)
    {
        try
        {
            using var searcher = PhotoDesk.Index.PhotoIndex.OpenSearcher(index);
            return searcher.GetStats().PhotoCount;
        }
        catch (Exception e) when (e is IOException or IndexUnavailableException) { return -1; }
    }

    /// <summary>SIGTERM, as systemd stops the service.</summary>
    private static void Terminate(Process worker)
    {
        using (var kill = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(30)), "the worker did not stop on SIGTERM");
        Assert.Equal(0, worker.ExitCode);
    }

    private static bool Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            Thread.Sleep(100);
        }
        return condition();
    }
}
