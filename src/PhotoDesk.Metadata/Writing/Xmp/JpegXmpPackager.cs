using System.Security.Cryptography;
using XmpCore;
using XmpCore.Options;

namespace PhotoDesk.Metadata.Writing.Xmp;

/// <summary>
/// Splits XMP for a JPEG (XMP Specification Part 3, §1.1.3): the standard packet must fit one APP1 segment; when it
/// does not, the largest top-level properties move to an extended packet until it does, and the standard packet
/// names the extended one by <c>xmpNote:HasExtendedXMP</c> = uppercase hex MD5 of the extended packet.
/// </summary>
internal static class JpegXmpPackager
{
    /// <summary>65,533 payload bytes minus the 29-byte "http://ns.adobe.com/xap/1.0/\0" header.</summary>
    public const int MaxStandardPacket = 65504;

    /// <summary>Room left for later in-place editors, as Adobe's writers leave it.</summary>
    public const int StandardPadding = 2048;

    private const string PlaceholderGuid = "00000000000000000000000000000000";

    public static JpegXmpPackets Package(IXmpMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var main = meta.Clone();
        main.DeleteProperty(XmpConstants.NsXmpNote, "HasExtendedXMP");
        foreach (var padding in new[] { StandardPadding, 0 })
        {
            var standard = XmpPacket.Serialize(main, StandardOptions(padding));
            if (standard.Length <= MaxStandardPacket) return new JpegXmpPackets(standard, null, null);
        }
        return Split(main);
    }

    private static JpegXmpPackets Split(IXmpMeta main)
    {
        var extended = XmpMetaFactory.Create();
        // Reserve the GUID's room first so the size check below is final.
        main.SetProperty(XmpConstants.NsXmpNote, "HasExtendedXMP", PlaceholderGuid);
        var candidates = TopLevelProperties(main)
            .Where(p => !(p.Ns == XmpConstants.NsXmpNote && p.Path.EndsWith(":HasExtendedXMP", StringComparison.Ordinal)))
            .OrderByDescending(p => p.Size)
            .ToList();
        byte[] standard = XmpPacket.Serialize(main, StandardOptions(0));
        foreach (var p in candidates)
        {
            if (standard.Length <= MaxStandardPacket) break;
            XmpUtils.DuplicateSubtree(main, extended, p.Ns, p.Path, p.Ns, p.Path, null);
            main.DeleteProperty(p.Ns, p.Path);
            standard = XmpPacket.Serialize(main, StandardOptions(0));
        }
        if (standard.Length > MaxStandardPacket)
            throw new MetadataWriteException("the XMP does not fit in a JPEG even with extended XMP (too many small properties)");

        var extendedPacket = XmpPacket.Serialize(extended, new SerializeOptions { UseCompactFormat = true, OmitPacketWrapper = true, Sort = true });
        var guid = Convert.ToHexString(MD5.HashData(extendedPacket));
        main.SetProperty(XmpConstants.NsXmpNote, "HasExtendedXMP", guid);
        standard = XmpPacket.Serialize(main, StandardOptions(0));
        return new JpegXmpPackets(standard, extendedPacket, guid);
    }

    // Sorted output: the schema order of a parsed packet differs from one built by edits, and a second write of
    // the same patch must give the same bytes.
    private static SerializeOptions StandardOptions(int padding) => new() { UseCompactFormat = true, Padding = padding, Sort = true };

    private sealed record TopLevel(string Ns, string Path, long Size);

    /// <summary>Top-level properties with an estimate of their serialised size (their values and paths).</summary>
    private static List<TopLevel> TopLevelProperties(IXmpMeta meta)
    {
        // Properties lists a top-level property before its children; a child's own namespace may differ (structs).
        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var info in meta.Properties)
        {
            if (string.IsNullOrEmpty(info.Path)) continue;
            var end = info.Path.IndexOfAny(['/', '[']);
            var root = end < 0 ? info.Path : info.Path[..end];
            if (end < 0 && !string.IsNullOrEmpty(info.Namespace)) namespaces.TryAdd(root, info.Namespace);
            sizes[root] = sizes.GetValueOrDefault(root) + info.Path.Length + (info.Value?.Length ?? 0) + 16;
        }
        return sizes.Where(kv => namespaces.ContainsKey(kv.Key))
            .Select(kv => new TopLevel(namespaces[kv.Key], kv.Key, kv.Value)).ToList();
    }
}
