using System.Text;

namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>Character-set handling for IIM text: the 1:90 marker, decoding old blocks, cutting at byte limits.</summary>
internal static class IimText
{
    /// <summary>1:90 CodedCharacterSet value for UTF-8: ESC % G.</summary>
    public static readonly byte[] Utf8Marker = [0x1B, 0x25, 0x47];

    /// <summary>True for the 1:90 values that declare UTF-8 (ESC % G, and ESC % / I as some writers put it).</summary>
    public static bool DeclaresUtf8(ReadOnlySpan<byte> value) => value.SequenceEqual(Utf8Marker) || value.SequenceEqual("\u001B%/I"u8);

    /// <summary>
    /// Decodes an existing dataset value exactly as PhotoDesk's reader does (Reading/IimMapper): with 1:90 = UTF-8
    /// as UTF-8; with ISO 8859-1 declared, or nothing declared and bytes that are not UTF-8, as Windows-1252 (what
    /// Windows writers meant and what exiftool assumes).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> value, byte[]? codedCharacterSet)
    {
        if (codedCharacterSet is not null && DeclaresUtf8(codedCharacterSet))
            return Reading.LegacyText.TryDecodeUtf8(value, out var utf8) ? utf8 : Reading.LegacyText.DecodeCp1252(value);
        if (codedCharacterSet is not null && (codedCharacterSet.AsSpan().SequenceEqual("\u001B-A"u8) || codedCharacterSet.AsSpan().SequenceEqual("\u001B.A"u8)))
            return Reading.LegacyText.DecodeCp1252(value);
        return Reading.LegacyText.DecodeGuessing(value);
    }

    /// <summary>UTF-8 bytes of <paramref name="text"/>, cut to at most <paramref name="maxBytes"/> without splitting a character.</summary>
    public static byte[] EncodeLimited(string text, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length <= maxBytes) return bytes;
        var cut = maxBytes;
        // Step back over continuation bytes (10xxxxxx) so the cut lands on the first byte of a character.
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) cut--;
        return bytes[..cut];
    }
}
