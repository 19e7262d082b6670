using System.Security.Cryptography;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Parses an IPTC-IIM block (tag marker 0x1C, record, dataset, 16-bit or extended length). A broken block keeps
/// the datasets read before the break and reports a warning; it never throws.
/// </summary>
internal static class IimParser
{
    private const byte TagMarker = 0x1C;

    public static IimRecord Parse(ReadOnlySpan<byte> block, ICollection<string> warnings, string where)
    {
        var record = new IimRecord(MD5.HashData(block));
        var pos = 0;
        while (pos < block.Length)
        {
            if (block[pos] != TagMarker)
            {
                // Writers pad the resource with zeros; anything else is junk worth a warning.
                if (block[pos..].ContainsAnyExcept((byte)0))
                    warnings.Add($"{where}: unexpected byte 0x{block[pos]:X2} at offset {pos}; the rest of the block was skipped");
                break;
            }
            if (pos + 5 > block.Length)
            {
                warnings.Add($"{where}: block ends inside a dataset header");
                break;
            }
            int rec = block[pos + 1], ds = block[pos + 2];
            long size = block[pos + 3] << 8 | block[pos + 4];
            pos += 5;
            if ((size & 0x8000) != 0)
            {
                // Extended dataset: the low 15 bits give how many bytes hold the length (IIM 4.1, section 1.5.2).
                var lengthBytes = (int)(size & 0x7FFF);
                if (lengthBytes is < 1 or > 4 || pos + lengthBytes > block.Length)
                {
                    warnings.Add($"{where}: dataset {rec}:{ds:D3} has an invalid extended length");
                    break;
                }
                size = 0;
                for (var i = 0; i < lengthBytes; i++) size = size << 8 | block[pos + i];
                pos += lengthBytes;
            }
            if (size > block.Length - pos)
            {
                warnings.Add($"{where}: dataset {rec}:{ds:D3} runs past the end of the block ({size} bytes declared, {block.Length - pos} left); value cut");
                size = block.Length - pos;
            }
            record.Add(rec, ds, block.Slice(pos, (int)size).ToArray());
            pos += (int)size;
        }
        return record;
    }
}
