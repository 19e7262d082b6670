using System.Globalization;

namespace PhotoDesk.Core.Time;

/// <summary>
/// A calendar date known to a year, month or day (IPTC Date Created and caption dates are often partial).
/// Unknown parts are 1, so the value orders and ranges naturally.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int month = 1, int day = 1, DatePrecision precision = DatePrecision.Day)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (precision < DatePrecision.Month) month = 1;
        if (precision < DatePrecision.Day) day = 1;
        _ = new DateOnly(year, month, day); // validates month/day
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public DatePrecision Precision { get; }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);
    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);
    public static PartialDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    /// <summary>The first day the value covers.</summary>
    public DateOnly Start => new(Year, Month, Day);

    /// <summary>The last day the value covers.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => Start,
    };

    /// <summary>True when the day <paramref name="date"/> lies inside the span this value covers.</summary>
    public bool Covers(DateOnly date) => date >= Start && date <= End;

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    public override string ToString() => ToIsoString();

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (also <c>YYYYMMDD</c> as IIM stores it).</summary>
    public static bool TryParseIso(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length == 8 && s.All(char.IsAsciiDigit))
            s = $"{s[..4]}-{s[4..6]}-{s[6..]}";
        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || parts[0].Length != 4) return false;
        int m = 1, d = 1;
        if (parts.Length >= 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out m) || m is < 1 or > 12)) return false;
        if (parts.Length == 3 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out d) || d < 1 || y < 1 || d > DateTime.DaysInMonth(Math.Max(y, 1), m))) return false;
        if (y < 1) return false;
        value = new PartialDate(y, m, d, (DatePrecision)parts.Length);
        return true;
    }
}
