namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>Splits an IIM block (the data of Photoshop resource 0x0404) into datasets.</summary>
internal static class IimDecoder
{
    private const byte TagMarker = 0x1C;

    /// <exception cref="MetadataWriteException">A dataset runs past the end of the block, or non-zero bytes follow
    /// where a dataset should start.</exception>
    public static List<IimDataSet> Decode(ReadOnlySpan<byte> block)
    {
        var result = new List<IimDataSet>();
        var pos = 0;
        while (pos < block.Length)
        {
            if (block[pos] != TagMarker)
            {
                // Writers pad the block with zeros (seen in Photoshop files); anything else is not IIM.
                if (block[pos..].IndexOfAnyExcept((byte)0) < 0) break;
                throw new MetadataWriteException($"IPTC-IIM block malformed: byte 0x{block[pos]:X2} at offset {pos} where a dataset should start");
            }
            if (pos + 5 > block.Length) throw Truncated(pos);
            var record = block[pos + 1];
            var number = block[pos + 2];
            int length = (block[pos + 3] << 8) | block[pos + 4];
            pos += 5;
            if ((length & 0x8000) != 0)
            {
                // Extended dataset (IIM 4.2 §1.5.3): the low 15 bits give how many bytes hold the length.
                var count = length & 0x7FFF;
                if (count is 0 or > 4 || pos + count > block.Length) throw Truncated(pos);
                long extended = 0;
                for (var i = 0; i < count; i++) extended = (extended << 8) | block[pos + i];
                pos += count;
                if (extended > int.MaxValue) throw Truncated(pos);
                length = (int)extended;
            }
            if (pos + length > block.Length) throw Truncated(pos);
            result.Add(new IimDataSet(record, number, block.Slice(pos, length).ToArray()));
            pos += length;
        }
        return result;
    }

    private static MetadataWriteException Truncated(int offset) =>
        new($"IPTC-IIM block malformed: dataset at offset {offset} runs past the end of the block");
}
