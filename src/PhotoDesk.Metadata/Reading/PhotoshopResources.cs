using System.Buffers.Binary;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Walks a Photoshop image resource list (APP13 "Photoshop 3.0"): <c>8BIM</c>, 16-bit id, even-padded Pascal
/// name, 32-bit size, data, pad byte when odd. Only the IIM block (0x0404) and IPTCDigest (0x0425) matter here.
/// </summary>
internal static class PhotoshopResources
{
    public const int IptcNaa = 0x0404;
    public const int IptcDigest = 0x0425;

    public static void Collect(ReadOnlySpan<byte> data, List<byte[]> iimBlocks, ref byte[]? digest, ICollection<string> warnings)
    {
        var pos = 0;
        while (pos + 12 <= data.Length)
        {
            var sig = data.Slice(pos, 4);
            if (!sig.SequenceEqual("8BIM"u8) && !sig.SequenceEqual("PHUT"u8) && !sig.SequenceEqual("AgHg"u8)
                && !sig.SequenceEqual("DCSR"u8) && !sig.SequenceEqual("MeSa"u8))
            {
                if (data[pos..].ContainsAnyExcept((byte)0))
                    warnings.Add($"Photoshop resources: unknown signature at offset {pos}; the rest was skipped");
                return;
            }
            int id = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(pos + 4, 2));
            var nameLength = data[pos + 6];
            var afterName = pos + 6 + ((nameLength + 2) & ~1); // length byte + name, padded to even
            if (afterName + 4 > data.Length)
            {
                warnings.Add($"Photoshop resource 0x{id:X4} is cut short");
                return;
            }
            var size = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(afterName, 4));
            var start = afterName + 4;
            if (size > (uint)(data.Length - start))
            {
                warnings.Add($"Photoshop resource 0x{id:X4} declares {size} bytes but only {data.Length - start} remain; read what is there");
                size = (uint)(data.Length - start);
            }
            var body = data.Slice(start, (int)size);
            if (id == IptcNaa) iimBlocks.Add(body.ToArray());
            else if (id == IptcDigest && body.Length == 16) digest ??= body.ToArray();
            pos = start + (int)size + (int)(size & 1);
        }
    }
}
