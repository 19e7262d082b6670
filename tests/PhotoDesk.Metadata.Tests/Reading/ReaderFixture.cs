using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>A temp folder to write test photos and sidecars into, and the real reader to read them.</summary>
internal sealed class ReaderFixture : IDisposable
{
    private readonly TempDirectory _dir = new("read");

    public PhotoMetadataReader Reader { get; } = new();

    public string PathOf(string name) => _dir.Combine(name);

    public string Write(string name, TestJpeg jpeg) => jpeg.WriteTo(PathOf(name));

    public string WriteText(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(name), bytes);
        return PathOf(name);
    }

    public PhotoMetadata Read(string name, TestJpeg jpeg) => Reader.Read(Write(name, jpeg));

    public void Dispose() => _dir.Dispose();
}
