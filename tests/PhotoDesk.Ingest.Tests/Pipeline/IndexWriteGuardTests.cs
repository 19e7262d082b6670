using PhotoDesk.Core.Indexing;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Pipeline;

public class IndexWriteGuardTests
{
    [Fact]
    public void ASecondHolder_IsRefusedWithIndexLocked_UntilTheFirstReleases()
    {
        using var dir = new TempDirectory("guard");
        var first = IndexWriteGuard.Acquire(dir.Path, TimeSpan.Zero);

        var refused = Assert.Throws<IndexLockedException>(() => IndexWriteGuard.Acquire(dir.Path, TimeSpan.FromMilliseconds(300)));
        Assert.Contains("--wait", refused.Message);

        first.Dispose();
        using var second = IndexWriteGuard.Acquire(dir.Path, TimeSpan.Zero);
    }

    [Fact]
    public async Task AWaitingHolder_GetsTheIndexWhenItIsReleased()
    {
        using var dir = new TempDirectory("guard");
        var first = IndexWriteGuard.Acquire(dir.Path, TimeSpan.Zero);
        var waiting = Task.Run(() => IndexWriteGuard.Acquire(dir.Path, TimeSpan.FromSeconds(30)));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        first.Dispose();

        using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
