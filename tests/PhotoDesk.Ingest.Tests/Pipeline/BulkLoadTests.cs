using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Tests.Support;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Pipeline;

/// <summary>Only a run that wrote many photos pays for compacting the index afterwards.</summary>
public sealed class BulkLoadTests
{
    [Theory]
    [InlineData(0, false, false)]
    [InlineData(BulkLoad.CompactFromWrites - 1, false, false)]
    [InlineData(BulkLoad.CompactFromWrites, false, true)]
    [InlineData(5_000_000, false, true)]
    [InlineData(5_000_000, true, false)] // an interrupted run stops as soon as it can
    public void The_index_is_compacted_after_a_large_run_only(long written, bool cancelled, bool compacts)
    {
        var writer = new InMemoryIndexWriter();
        using var cancel = new CancellationTokenSource();
        if (cancelled) cancel.Cancel();

        Assert.Equal(compacts, BulkLoad.CompactIfLarge(writer, written, cancel.Token));
        Assert.Equal(compacts ? 1 : 0, writer.Compactions);
    }
}
