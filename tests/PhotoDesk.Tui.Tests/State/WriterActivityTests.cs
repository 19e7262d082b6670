using System.Diagnostics;
using PhotoDesk.Testing;
using PhotoDesk.Tui.State;
using Xunit;

namespace PhotoDesk.Tui.Tests.State;

public sealed class WriterActivityTests
{
    [ToolFact("flock")]
    public void A_process_holding_the_writer_lock_shows_as_a_worker_and_none_when_it_is_gone()
    {
        using var temp = new TempDirectory("tui-worker");
        var lockFile = temp.Combine(WriterActivity.GuardFileName);
        File.WriteAllText(lockFile, "");
        Assert.False(WriterActivity.IsHeldByAnotherProcess(temp.Path));

        // Another process that keeps the lock file open, as the worker keeps its index guard.
        var psi = new ProcessStartInfo("flock") { UseShellExecute = false };
        foreach (var a in new[] { lockFile, "sleep", "30" }) psi.ArgumentList.Add(a);
        using var holder = Process.Start(psi)!;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            var held = false;
            while (!held && DateTime.UtcNow < deadline)
            {
                held = WriterActivity.IsHeldByAnotherProcess(temp.Path);
                if (!held) Thread.Sleep(50);
            }
            Assert.True(held);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
        Assert.False(WriterActivity.IsHeldByAnotherProcess(temp.Path));
    }
}
