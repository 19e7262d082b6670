namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>Parses and serialises a Photoshop image-resource list (the payload of APP13 "Photoshop 3.0").</summary>
internal static class PhotoshopResources
{
    // Signatures seen in the wild besides 8BIM (ExifTool's Photoshop.pm accepts the same set).
    private static readonly string[] Signatures = ["8BIM", "PHUT", "AgHg", "DCSR", "MeSa"];

    /// <exception cref="MetadataWriteException">A resource with an unknown signature or running past the end.</exception>
    public static List<PhotoshopResource> Parse(ReadOnlySpan<byte> data)
    {
        var result = new List<PhotoshopResource>();
        var pos = 0;
        while (pos < data.Length)
        {
            var rest = data[pos..];
            // Some writers leave a few zero bytes after the last resource; they carry nothing.
            if (rest.IndexOfAnyExcept((byte)0) < 0) break;
            if (rest.Length < 12) throw Malformed(pos, "truncated resource header");
            var signature = rest[..4].ToArray();
            if (!Signatures.Contains(System.Text.Encoding.ASCII.GetString(signature)))
                throw Malformed(pos, "unknown resource signature");
            var id = (ushort)((rest[4] << 8) | rest[5]);
            var nameLength = rest[6];
            var nameField = PhotoshopResource.PaddedNameLength(nameLength);
            if (6 + nameField + 4 > rest.Length) throw Malformed(pos, "truncated resource name");
            var name = rest.Slice(7, nameLength).ToArray();
            var sizeAt = 6 + nameField;
            var size = ((long)rest[sizeAt] << 24) | ((long)rest[sizeAt + 1] << 16) | ((long)rest[sizeAt + 2] << 8) | rest[sizeAt + 3];
            var dataAt = sizeAt + 4;
            if (dataAt + size > rest.Length) throw Malformed(pos, $"resource 0x{id:X4} runs past the end");
            var resourceData = rest.Slice(dataAt, (int)size).ToArray();
            result.Add(new PhotoshopResource(signature, id, name, resourceData));
            pos += dataAt + (int)size;
            // Skip the pad byte after odd-sized data. Some writers (ImageSharp 2.x) omit it: only a zero byte is a pad.
            if ((size & 1) != 0 && pos < data.Length && data[pos] == 0) pos++;
        }
        return result;
    }

    public static byte[] Serialize(IEnumerable<PhotoshopResource> resources)
    {
        using var buffer = new MemoryStream();
        foreach (var r in resources) r.WriteTo(buffer);
        return buffer.ToArray();
    }

    private static MetadataWriteException Malformed(int offset, string what) =>
        new($"Photoshop resource block malformed at offset {offset}: {what}");
}
