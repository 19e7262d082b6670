using System.Globalization;

namespace PhotoDesk.Core.Time;

/// <summary>
/// When the shutter fired, as the camera recorded it: a local wall-clock time (EXIF DateTimeOriginal has no zone)
/// with the offset only when the file states one (EXIF OffsetTimeOriginal or an XMP date with a zone).
/// </summary>
public sealed record CaptureTime(DateTime Local, TimeSpan? Offset)
{
    public DateOnly Date => DateOnly.FromDateTime(Local);

    /// <summary>ISO 8601: <c>2025-06-14T10:22:05</c>, with <c>+02:00</c> when the offset is known.</summary>
    public string ToIsoString()
    {
        var local = Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } o) return local;
        var sign = o < TimeSpan.Zero ? "-" : "+";
        var a = o.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{local}{sign}{a.Hours:D2}:{a.Minutes:D2}");
    }

    public override string ToString() => ToIsoString();

    public static bool TryParseIso(string? text, out CaptureTime? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (DateTimeOffset.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto) && (s.EndsWith('Z') || s.Length > 19 && (s[^6] == '+' || s[^6] == '-')))
        {
            value = new CaptureTime(dto.DateTime, dto.Offset);
            return true;
        }
        if (DateTime.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy:MM:dd HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            value = new CaptureTime(dt, null);
            return true;
        }
        return false;
    }
}
