using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Reading;

/// <summary>Reads an XMP sidecar or a caption text file beside the photo. Problems become warnings.</summary>
internal static class SidecarReader
{
    /// <summary>Sidecars are small; a huge one is not a sidecar (and must not exhaust memory).</summary>
    private const long MaxSidecarBytes = 16 * 1024 * 1024;

    public static BlockValues? ReadXmp(string path, List<string> warnings)
    {
        var name = Path.GetFileName(path);
        if (ReadBytes(path, name, warnings) is not { } bytes) return null;
        var xmp = XmpPacketParser.Parse(bytes, $"sidecar {name}", warnings);
        return xmp is null ? null : XmpMapper.Map(xmp, MetadataSource.XmpSidecar, warnings);
    }

    public static BlockValues? ReadCaption(string path, List<string> warnings)
    {
        var name = Path.GetFileName(path);
        if (ReadBytes(path, name, warnings) is not { } bytes) return null;
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        if (!LegacyText.TryDecodeUtf8(span, out var text))
        {
            warnings.Add($"caption file {name} is not valid UTF-8; decoded as Windows-1252");
            text = LegacyText.DecodeCp1252(span);
        }
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0) return null;
        var values = new BlockValues(MetadataSource.CaptionSidecar);
        values.SetText(PhotoFields.Description, text);
        return values;
    }

    private static byte[]? ReadBytes(string path, string name, List<string> warnings)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxSidecarBytes)
            {
                warnings.Add($"sidecar {name} is {info.Length} bytes, too large for a sidecar; ignored");
                return null;
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"sidecar {name} could not be read ({e.Message}); ignored");
            return null;
        }
    }
}
