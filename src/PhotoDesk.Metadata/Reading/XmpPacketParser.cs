using System.Text;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Turns XMP packet bytes into <see cref="XmpProperties"/>: detects UTF-8/UTF-16/UTF-32 (BOM or zero-byte pattern,
/// XMP spec part 3, 1.1.5), removes any DOCTYPE before parsing (untrusted text: no DTDs, no entities), and
/// reports a broken packet as a warning.
/// </summary>
internal static class XmpPacketParser
{
    public static XmpProperties? Parse(ReadOnlySpan<byte> packet, string where, ICollection<string> warnings) =>
        ParseText(Decode(packet, where, warnings), where, warnings);

    public static XmpProperties? ParseText(string? text, string where, ICollection<string> warnings)
    {
        if (text is null) return null;
        text = RemoveDoctype(text, where, warnings);
        var end = text.LastIndexOf('>');
        if (end < 0)
        {
            warnings.Add($"{where}: no XML found; ignored");
            return null;
        }
        // Padding and junk after the packet trailer are not XML (Windows Photo Editor pads with NULs).
        if (end < text.Length - 1) text = text[..(end + 1)];
        text = text.TrimStart('\uFEFF', '\0', ' ', '\r', '\n', '\t');
        try
        {
            return XmpRdfParser.Parse(text, XmpMapper.Namespaces);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            // Not well-formed XML (or limits exceeded): the packet is broken, the rest of the file is not.
            warnings.Add($"{where}: XMP could not be parsed ({FirstLine(e.Message)}); ignored");
            return null;
        }
    }

    private static string? Decode(ReadOnlySpan<byte> b, string where, ICollection<string> warnings)
    {
        if (b.IsEmpty) return null;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return Utf8OrLatin(b[3..], where, warnings);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return new UTF32Encoding(true, false).GetString(b[4..]);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return Encoding.UTF32.GetString(b[4..]);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(b[2..]);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return Encoding.Unicode.GetString(b[2..]);
        if (b.Length >= 2 && b[0] == 0 && b[1] != 0) return Encoding.BigEndianUnicode.GetString(b);
        if (b.Length >= 2 && b[0] != 0 && b[1] == 0) return Encoding.Unicode.GetString(b);
        return Utf8OrLatin(b, where, warnings);
    }

    private static string Utf8OrLatin(ReadOnlySpan<byte> b, string where, ICollection<string> warnings)
    {
        if (LegacyText.TryDecodeUtf8(b, out var s)) return s;
        warnings.Add($"{where}: XMP is not valid UTF-8; decoded as Windows-1252");
        return LegacyText.DecodeCp1252(b);
    }

    /// <summary>Drops <c>&lt;!DOCTYPE …&gt;</c> (with its internal subset) so no DTD or entity is ever processed.</summary>
    internal static string RemoveDoctype(string text, string where, ICollection<string> warnings)
    {
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0) return text;
        var bracket = text.IndexOf('[', at);
        var close = text.IndexOf('>', at);
        int end;
        if (bracket >= 0 && (close < 0 || bracket < close))
        {
            var subsetEnd = text.IndexOf("]>", bracket, StringComparison.Ordinal);
            end = subsetEnd < 0 ? text.Length : subsetEnd + 2;
        }
        else
        {
            end = close < 0 ? text.Length : close + 1;
        }
        warnings.Add($"{where}: XMP packet contains a DOCTYPE (DTDs and entities are not allowed in XMP); it was removed before parsing");
        return string.Concat(text.AsSpan(0, at), text.AsSpan(end));
    }

    private static string FirstLine(string message)
    {
        var nl = message.IndexOfAny(['\r', '\n']);
        return nl < 0 ? message : message[..nl];
    }
}
