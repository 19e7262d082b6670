using PhotoDesk.Ingest.Worker;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Worker;

public class ChangeDebouncerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void AFile_SettlesAfterTwoQuietLooksWithTheSameSize()
    {
        using var dir = new TempDirectory("debounce");
        var path = dir.Combine("p.jpg");
        File.WriteAllBytes(path, new byte[10]);
        var d = new ChangeDebouncer(Quiet);
        d.Touch(path, T0);

        Assert.Empty(d.TakeSettled(T0 + TimeSpan.FromMilliseconds(100))); // still within the quiet time
        Assert.Empty(d.TakeSettled(T0 + Quiet)); // first look
        Assert.Equal([path], d.TakeSettled(T0 + 2 * Quiet)); // same size on the second look
        Assert.Equal(0, d.Count);
    }

    [Fact]
    public void AFileStillGrowing_WaitsAnotherQuietPeriod()
    {
        using var dir = new TempDirectory("debounce");
        var path = dir.Combine("p.jpg");
        File.WriteAllBytes(path, new byte[10]);
        var d = new ChangeDebouncer(Quiet);
        d.Touch(path, T0);
        d.TakeSettled(T0 + Quiet);

        File.WriteAllBytes(path, new byte[20]); // the copy goes on
        Assert.Empty(d.TakeSettled(T0 + 2 * Quiet));
        Assert.Equal([path], d.TakeSettled(T0 + 3 * Quiet));
    }

    [Fact]
    public void ADeletedFile_SettlesAsSoonAsItIsQuiet()
    {
        var d = new ChangeDebouncer(Quiet);
        d.Touch("/nonexistent/p.jpg", T0);
        Assert.Equal(["/nonexistent/p.jpg"], d.TakeSettled(T0 + Quiet));
    }

    [Fact]
    public void NewEvents_PostponeSettling()
    {
        var d = new ChangeDebouncer(Quiet);
        d.Touch("/nonexistent/p.jpg", T0);
        d.Touch("/nonexistent/p.jpg", T0 + TimeSpan.FromMilliseconds(250));
        Assert.Empty(d.TakeSettled(T0 + Quiet));
    }
}
