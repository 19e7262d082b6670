using System.Text;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Decodes text from blocks that do not say their encoding (IIM without 1:90, EXIF ASCII fields): UTF-8 when
/// the bytes are valid UTF-8, else Windows-1252. 1252 is Latin-1 with printable characters in 0x80–0x9F instead
/// of C1 controls; it is what exiftool assumes for IIM and what Windows writers really meant (the US Navy file in
/// the corpus has cp1252 0x92 apostrophes).
/// </summary>
internal static class LegacyText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 0x80..0x9F; the five undefined positions keep their Latin-1 (C1) code point.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    public static string DecodeCp1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var b = src[i];
                span[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
        });
    }

    /// <summary>UTF-8 when valid, else Windows-1252.</summary>
    public static string DecodeGuessing(ReadOnlySpan<byte> bytes)
    {
        if (IsAscii(bytes)) return Encoding.ASCII.GetString(bytes);
        return TryDecodeUtf8(bytes, out var s) ? s : DecodeCp1252(bytes);
    }

    /// <summary>Cuts at the first NUL, as exiftool and MetadataExtractor do for string values.</summary>
    public static ReadOnlySpan<byte> UpToNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? bytes : bytes[..nul];
    }
}
