using System.Text;

namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>Character-set handling for IIM text: the 1:90 marker, decoding old blocks, cutting at byte limits.</summary>
internal static class IimText
{
    /// <summary>1:90 CodedCharacterSet value for UTF-8: ESC % G.</summary>
    public static readonly byte[] Utf8Marker = [0x1B, 0x25, 0x47];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsUtf8Marker(ReadOnlySpan<byte> value) => value.SequenceEqual(Utf8Marker);

    /// <summary>True when the bytes are valid UTF-8.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => Utf8Validate(bytes);

    /// <summary>
    /// Decodes an existing dataset value. With 1:90 = UTF-8 the bytes are UTF-8; with another 1:90 (ISO 8859-1 and
    /// friends) Latin-1; without 1:90, UTF-8 when valid else Latin-1 (as the reader does).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> value, byte[]? codedCharacterSet)
    {
        if (codedCharacterSet is not null && IsUtf8Marker(codedCharacterSet)) return Encoding.UTF8.GetString(value);
        if (codedCharacterSet is null && Utf8Validate(value)) return Encoding.UTF8.GetString(value);
        return Encoding.Latin1.GetString(value);
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

    private static bool Utf8Validate(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
