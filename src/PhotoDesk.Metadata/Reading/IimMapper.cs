using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Maps IIM datasets to PhotoDesk fields and decodes their text: 1:90 "ESC % G" means UTF-8, "ESC - A" means
/// ISO 8859-1; without 1:90, each value as UTF-8 when it is valid UTF-8, else Windows-1252 (see <see cref="LegacyText"/>).
/// </summary>
internal static class IimMapper
{
    private static readonly (int Dataset, string Field)[] TextDatasets =
    [
        (110, PhotoFields.CreditLine), (115, PhotoFields.Source), (116, PhotoFields.Copyright),
        (120, PhotoFields.Description), (105, PhotoFields.Headline), (90, PhotoFields.City),
        (92, PhotoFields.Sublocation), (95, PhotoFields.Region), (101, PhotoFields.Country),
        (100, PhotoFields.CountryCode), (40, PhotoFields.Instructions),
    ];

    private enum Charset { Guess, Utf8, Latin1 }

    public static BlockValues Map(IimRecord iim, ICollection<string> warnings)
    {
        var values = new BlockValues(MetadataSource.Iptc);
        var charset = ReadCharset(iim, warnings);
        foreach (var (ds, field) in TextDatasets)
        {
            if (iim.First(2, ds) is { } raw) values.SetText(field, Decode(raw, charset, field, warnings));
        }
        values.SetList(PhotoFields.Creators, iim.Get(2, 80).Select(b => Decode(b, charset, PhotoFields.Creators, warnings)).ToList());
        values.SetList(PhotoFields.Keywords, iim.Get(2, 25).Select(b => Decode(b, charset, PhotoFields.Keywords, warnings)).ToList());
        if (iim.First(2, 55) is { } date)
        {
            var text = LegacyText.DecodeGuessing(LegacyText.UpToNul(date)).Trim();
            if (TryParseIimDate(text, out var d)) values.DateCreated = d;
            else warnings.Add($"IPTC Date Created '{text}' is not a CCYYMMDD date; ignored");
            if (d.Precision == DatePrecision.Day && iim.First(2, 60) is { } time) values.CreatedAt = CreatedAt(d, LegacyText.DecodeGuessing(LegacyText.UpToNul(time)).Trim());
        }
        return values;
    }

    private static Charset ReadCharset(IimRecord iim, ICollection<string> warnings)
    {
        if (iim.First(1, 90) is not { } esc) return Charset.Guess;
        ReadOnlySpan<byte> s = esc;
        if (s.SequenceEqual("\u001B%G"u8) || s.SequenceEqual("\u001B%/I"u8)) return Charset.Utf8;
        if (s.SequenceEqual("\u001B-A"u8) || s.SequenceEqual("\u001B.A"u8)) return Charset.Latin1;
        warnings.Add($"IPTC coded character set {Convert.ToHexString(esc)} is not supported; text decoded as UTF-8 when valid, else Windows-1252");
        return Charset.Guess;
    }

    private static string Decode(byte[] raw, Charset charset, string field, ICollection<string> warnings)
    {
        var bytes = LegacyText.UpToNul(raw);
        switch (charset)
        {
            case Charset.Utf8:
                if (LegacyText.TryDecodeUtf8(bytes, out var utf8)) return utf8;
                warnings.Add($"IPTC {field} is not valid UTF-8 although 1:90 declares UTF-8; decoded as Windows-1252");
                return LegacyText.DecodeCp1252(bytes);
            case Charset.Latin1:
                return LegacyText.DecodeCp1252(bytes);
            default:
                return LegacyText.DecodeGuessing(bytes);
        }
    }

    /// <summary>IIM 2:60 Time Created is HHMMSS±HHMM (IIM 4.1, 2:60); an unreadable time is simply not used.</summary>
    private static CaptureTime? CreatedAt(PartialDate date, string text)
    {
        if (text.Length < 6 || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(text.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            || h > 23 || m > 59 || s > 59) return null;
        var local = new DateTime(date.Year, date.Month, date.Day, h, m, s, DateTimeKind.Unspecified);
        TimeSpan? offset = null;
        if (text.Length == 11 && text[6] is '+' or '-'
            && int.TryParse(text.AsSpan(7, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var oh)
            && int.TryParse(text.AsSpan(9, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var om) && oh <= 14 && om <= 59)
            offset = new TimeSpan(oh, om, 0) * (text[6] == '-' ? -1 : 1);
        return new CaptureTime(local, offset);
    }

    /// <summary>IIM 2:55 is CCYYMMDD; "00" for an unknown month or day gives a partial date (IIM 4.1, 2:55).</summary>
    public static bool TryParseIimDate(string text, out PartialDate date)
    {
        date = default;
        if (text.Length != 8 || !text.All(char.IsAsciiDigit)) return PartialDate.TryParseIso(text, out date);
        var y = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var m = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var d = int.Parse(text.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (y is < 1 or > 9999 || m > 12) return false;
        if (m == 0) { date = PartialDate.OfYear(y); return true; }
        if (d == 0) { date = PartialDate.OfMonth(y, m); return true; }
        if (d > DateTime.DaysInMonth(y, m)) return false;
        date = new PartialDate(y, m, d);
        return true;
    }
}
