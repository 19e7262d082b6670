using PhotoDesk.Metadata.Writing;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class AtomicFileTests
{
    [Fact]
    public void Write_Success_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        using var dir = new TempDirectory("atomic");
        var path = dir.Combine("photo.jpg");
        File.WriteAllBytes(path, [1, 2, 3]);

        AtomicFile.WriteAllBytes(path, new byte[] { 4, 5 });

        Assert.Equal([4, 5], File.ReadAllBytes(path));
        Assert.Equal(["photo.jpg"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_ThrowingHalfway_LeavesTheOriginalIntactAndNoTemporaryFile()
    {
        using var dir = new TempDirectory("atomic");
        var path = dir.Combine("photo.jpg");
        File.WriteAllBytes(path, [1, 2, 3]);

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write([9, 9, 9, 9]);
            throw new InvalidOperationException("disk full, say");
        }));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["photo.jpg"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_CancelledAfterTheTemporaryFileIsWritten_LeavesTheOriginalIntact()
    {
        using var dir = new TempDirectory("atomic");
        var path = dir.Combine("photo.jpg");
        File.WriteAllBytes(path, [1, 2, 3]);
        using var cts = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write([7, 7]);
            cts.Cancel(); // the write itself succeeded; the rename must not happen
        }, cts.Token));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["photo.jpg"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_KeepsTheUnixPermissionsOfTheOriginal()
    {
        if (OperatingSystem.IsWindows()) return; // permissions bits are a Unix notion; nothing to check there
        using var dir = new TempDirectory("atomic");
        var path = dir.Combine("photo.jpg");
        File.WriteAllBytes(path, [1]);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        AtomicFile.WriteAllBytes(path, new byte[] { 2 });

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_NewFile_IsCreated()
    {
        using var dir = new TempDirectory("atomic");
        var path = dir.Combine("photo.xmp");

        AtomicFile.WriteAllBytes(path, "<x/>"u8.ToArray());

        Assert.Equal("<x/>"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_TemporaryFile_IsRecognisedAsSuchAndReadableWhileBeingWritten()
    {
        using var dir = new TempDirectory("atomic");
        var path = dir.Combine("photo.jpg");
        File.WriteAllBytes(path, [1]);
        string? seen = null;
        byte[]? readMeanwhile = null;

        AtomicFile.Write(path, stream =>
        {
            stream.Write([5, 6]);
            stream.Flush();
            seen = Directory.GetFiles(dir.Path).Single(f => f != path);
            readMeanwhile = File.ReadAllBytes(seen); // a concurrent scanner must not get an IOException
        });

        Assert.True(AtomicFile.IsTemporary(seen!));
        Assert.False(AtomicFile.IsTemporary(path));
        Assert.Equal([5, 6], readMeanwhile);
    }
}
