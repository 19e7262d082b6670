using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>Hostile TIFF, WebP and HEIC files: the reader answers (with warnings) or refuses with a reason, never hangs.</summary>
public sealed class OtherFormatReadingTests : IDisposable
{
    /// <summary>A guard against a hang, not a speed check: a good read takes milliseconds.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = new("other-formats");

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Cases() => [.. OtherFormatBytes.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_file_is_read_with_warnings_or_refused_with_a_reason(string name)
    {
        var path = _temp.Combine(name);
        await File.WriteAllBytesAsync(path, OtherFormatBytes.All.Single(c => c.Name == name).Bytes);

        var read = Task.Run(() =>
        {
            try
            {
                return (Metadata: new PhotoMetadataReader().Read(path), Error: (PhotoReadException?)null);
            }
            catch (PhotoReadException e)
            {
                return (Metadata: (PhotoMetadata?)null, Error: e);
            }
        });
        var (metadata, error) = await read.WaitAsync(HangGuard);

        if (error is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
            Assert.DoesNotContain('\n', error.Reason);
        }
        else
        {
            Assert.Equal(path, metadata!.Path);
            Assert.Null(metadata.Description); // none of these files carries a caption
        }
    }
}
