using System.Diagnostics;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Index.Tests.Writing;

/// <summary>
/// The write lock must hold across processes (Lucene.Net's own lock did not, here). util-linux <c>flock</c> stands in
/// for another process: it takes the same kind of lock (<c>flock(2)</c>) that .NET takes for FileShare.None.
/// </summary>
public sealed class CrossProcessLockTests : IDisposable
{
    private readonly TempDirectory _folder = new("lock");

    private string IndexPath => _folder.Combine("index");

    private string LockPath => Path.Combine(IndexPath, IndexWriteGuard.FileName);

    public void Dispose() => _folder.Dispose();

    [ToolFact("flock")]
    public void OpenWriter_WhileAnotherProcessHoldsTheLock_GetsIndexLockedException()
    {
        Directory.CreateDirectory(IndexPath);
        var psi = new ProcessStartInfo("flock") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { LockPath, "-c", "echo held; sleep 30" }) psi.ArgumentList.Add(a);
        using var other = Process.Start(psi)!;
        try
        {
            Assert.Equal("held", other.StandardOutput.ReadLine()); // the other process has the lock now
            Assert.Throws<IndexLockedException>(() => PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None));
            Assert.Throws<IndexLockedException>(() => PhotoIndex.OpenWriter(IndexPath, TimeSpan.FromMilliseconds(400), CancellationToken.None));
        }
        finally
        {
            other.Kill(entireProcessTree: true);
            other.WaitForExit();
        }
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.FromSeconds(10), CancellationToken.None); // released by the OS
        Assert.Equal(Path.GetFullPath(IndexPath), writer.IndexPath);
    }

    [ToolFact("flock")]
    public void AnotherProcess_CannotTakeTheLock_WhileAWriterIsOpen()
    {
        using (PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None))
        {
            var (exitCode, _, _) = ExternalTools.Run("flock", ["-n", LockPath, "true"]);
            Assert.Equal(1, exitCode);
        }
        var (afterExit, _, _) = ExternalTools.Run("flock", ["-n", LockPath, "true"]);
        Assert.Equal(0, afterExit); // released on dispose
    }
}
