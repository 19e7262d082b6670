namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// EXIF Copyright may hold "photographer\0editor\0" (EXIF 2.32, 4.6.5). As exiftool's RawConv: the first NUL (and
/// blanks before it) becomes a newline, the text ends at a second NUL, a trailing newline is dropped.
/// </summary>
internal static class ExifCopyright
{
    public static string Decode(byte[] bytes)
    {
        var s = LegacyText.DecodeGuessing(bytes);
        if (!s.Contains('\0')) s += '\0'; // a missing terminator ends the value all the same
        var first = s.IndexOf('\0');
        var rest = s[(first + 1)..];
        var second = rest.IndexOf('\0');
        if (second >= 0) rest = rest[..second].TrimEnd(' ');
        s = s[..first].TrimEnd(' ') + "\n" + rest;
        return s.EndsWith('\n') ? s[..^1] : s;
    }
}
