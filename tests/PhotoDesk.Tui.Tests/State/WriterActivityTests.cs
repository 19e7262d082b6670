using System.Diagnostics;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Worker;
using PhotoDesk.Testing;
using PhotoDesk.Tui.State;
using Xunit;

namespace PhotoDesk.Tui.Tests.State;

public sealed class WriterActivityTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void The_workers_fresh_heartbeat_shows_idle_then_indexing_and_nothing_after_a_clean_stop()
    {
        using var temp = new TempDirectory("tui-worker");
        Assert.Equal(WorkerState.None, WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow));

        using (var heartbeat = new HeartbeatWriter(temp.Path, TimeProvider.System))
        {
            heartbeat.Idle();
            Assert.True(File.Exists(WorkerHeartbeat.PathIn(temp.Path)));
            Assert.Equal(WorkerState.Idle, WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow));

            heartbeat.Busy("rescan");
            Assert.Equal(WorkerState.Indexing, WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow));
            var beat = WorkerHeartbeat.Read(temp.Path)!;
            Assert.Equal((Environment.ProcessId, "rescan"), (beat.ProcessId, beat.Doing));
        }

        Assert.False(File.Exists(WorkerHeartbeat.PathIn(temp.Path)));
        Assert.Equal(WorkerState.None, WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void A_stale_heartbeat_left_by_a_worker_that_died_is_ignored()
    {
        using var temp = new TempDirectory("tui-worker");
        var now = DateTimeOffset.UtcNow;
        Beat(now - TimeSpan.FromMinutes(5), now - TimeSpan.FromMinutes(1)).WriteTo(temp.Path);

        Assert.NotNull(WorkerHeartbeat.Read(temp.Path));
        Assert.Equal(WorkerState.None, WriterActivity.Detect(temp.Path, now));
        // The same file read a moment after it was written is a live worker: the age decides.
        Assert.Equal(WorkerState.Indexing, WriterActivity.Detect(temp.Path, now - TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_fresh_heartbeat_of_a_process_that_is_gone_is_ignored()
    {
        using var temp = new TempDirectory("tui-worker");
        using var gone = Process.Start(new ProcessStartInfo("dotnet", "--version") { UseShellExecute = false, RedirectStandardOutput = true })!;
        gone.StandardOutput.ReadToEnd();
        gone.WaitForExit();
        var now = DateTimeOffset.UtcNow;
        (Beat(now, now) with { ProcessId = gone.Id }).WriteTo(temp.Path);

        Assert.Equal(WorkerState.None, WriterActivity.Detect(temp.Path, now));
    }

    [Fact]
    public void A_heartbeat_file_that_is_not_one_is_ignored()
    {
        using var temp = new TempDirectory("tui-worker");
        File.WriteAllText(WorkerHeartbeat.PathIn(temp.Path), "{\"pid\": \"not a number\"");

        Assert.Null(WorkerHeartbeat.Read(temp.Path));
        Assert.Equal(WorkerState.None, WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow));
    }

    [ToolFact("flock")]
    public void On_linux_a_process_holding_a_lock_file_of_the_index_open_shows_as_another_writer()
    {
        using var temp = new TempDirectory("tui-worker");
        var lockFile = temp.Combine("any-writer.lock"); // any *.lock of the folder: the desk does not depend on the guard's name
        File.WriteAllText(lockFile, "");
        Assert.Equal(WorkerState.None, WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow));

        var psi = new ProcessStartInfo("flock") { UseShellExecute = false };
        foreach (var a in new[] { lockFile, "sleep", "30" }) psi.ArgumentList.Add(a);
        using var holder = Process.Start(psi)!;
        try
        {
            Assert.True(Eventually(() => WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow) == WorkerState.OtherWriter));
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
        // The killed sleep (which inherited the open file) is reaped a moment later.
        Assert.True(Eventually(() => WriterActivity.Detect(temp.Path, DateTimeOffset.UtcNow) == WorkerState.None));
    }

    private static WorkerHeartbeat Beat(DateTimeOffset started, DateTimeOffset beat) =>
        new(Environment.ProcessId, Environment.MachineName, started, beat, Indexing: true, "rescan");

    private static bool Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            Thread.Sleep(50);
        }
        return condition();
    }
}
