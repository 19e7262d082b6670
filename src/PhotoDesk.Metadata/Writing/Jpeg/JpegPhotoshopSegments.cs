using System.Security.Cryptography;
using PhotoDesk.Metadata.Writing.Iptc;

namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>
/// The Photoshop APP13 side of a JPEG: reads every resource (joining segments, as a resource may continue in the
/// next one), replaces the IIM resource and the IPTCDigest, keeps all other resources byte for byte, and lays the
/// list out again with the IIM resource whole inside one segment (MetadataExtractor loses IIM that is split).
/// </summary>
internal static class JpegPhotoshopSegments
{
    /// <summary>65,533 − the 14-byte "Photoshop 3.0\0" header.</summary>
    public const int MaxDataPerSegment = JpegMarkers.MaxPayload - 14;

    public static List<PhotoshopResource> Read(JpegLayout layout)
    {
        var file = layout.File;
        using var joined = new MemoryStream();
        foreach (var s in layout.Segments.Where(s => s.IsPhotoshop(file)))
            joined.Write(s.Payload(file)[JpegMarkers.PhotoshopHeader.Length..]);
        return PhotoshopResources.Parse(joined.ToArray());
    }

    /// <summary>The resource list with the new IIM block (in place of the first old one) and, when asked, a current IPTCDigest.</summary>
    public static List<PhotoshopResource> WithIptc(IReadOnlyList<PhotoshopResource> existing, byte[] iim, bool updateDigest)
    {
        var result = new List<PhotoshopResource>();
        var iimPlaced = false;
        var digestPlaced = false;
        var digest = MD5.HashData(iim);
        foreach (var r in existing)
        {
            if (r.Id == PhotoshopResource.IptcId && !iimPlaced)
            {
                // Only the first IIM resource is replaced (it is the one readers use); a later one is kept as it is.
                result.Add(r with { Data = iim });
                iimPlaced = true;
            }
            else if (r.Id == PhotoshopResource.IptcDigestId && updateDigest)
            {
                if (!digestPlaced) result.Add(r with { Data = digest });
                digestPlaced = true;
            }
            else result.Add(r);
        }
        if (!iimPlaced) result.Add(PhotoshopResource.Create(PhotoshopResource.IptcId, iim));
        if (!digestPlaced && updateDigest) result.Add(PhotoshopResource.Create(PhotoshopResource.IptcDigestId, digest));
        return result;
    }

    public static List<byte[]> Build(IReadOnlyList<PhotoshopResource> resources)
    {
        var iim = resources.FirstOrDefault(r => r.Id == PhotoshopResource.IptcId);
        if (iim is not null && iim.SerializedLength > MaxDataPerSegment)
            throw new MetadataWriteException($"the IPTC-IIM block ({iim.Data.Length} bytes) does not fit in one APP13 segment");
        if (resources.Sum(r => (long)r.SerializedLength) > MaxDataPerSegment)
        {
            // More than one segment is needed. Readers that parse each APP13 on its own (MetadataExtractor) cannot
            // start in the middle of a resource continued from the previous segment: the IIM and its digest go first.
            resources = [.. resources.Where(IsIptc), .. resources.Where(r => !IsIptc(r))];
        }
        var payloads = new List<byte[]>();
        using var current = new MemoryStream();
        void Flush()
        {
            if (current.Length == 0) return;
            payloads.Add([.. JpegMarkers.PhotoshopHeader, .. current.ToArray()]);
            current.SetLength(0);
        }
        foreach (var r in resources)
        {
            using var one = new MemoryStream();
            r.WriteTo(one);
            var bytes = one.ToArray();
            if (current.Length + bytes.Length > MaxDataPerSegment) Flush();
            if (bytes.Length <= MaxDataPerSegment)
            {
                current.Write(bytes);
                continue;
            }
            // A resource larger than a segment (a big thumbnail) continues in the next segments, as Photoshop does.
            for (var offset = 0; offset < bytes.Length; offset += MaxDataPerSegment)
            {
                current.Write(bytes, offset, Math.Min(MaxDataPerSegment, bytes.Length - offset));
                Flush();
            }
        }
        Flush();
        return payloads;
    }

    private static bool IsIptc(PhotoshopResource r) => r.Id is PhotoshopResource.IptcId or PhotoshopResource.IptcDigestId;
}
