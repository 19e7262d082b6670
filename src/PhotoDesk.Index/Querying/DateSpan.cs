using System.Globalization;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Index.Querying;

/// <summary>A span of days (as <see cref="DateOnly.DayNumber"/>) that a date query covers.</summary>
internal readonly record struct DateSpan(int? FirstDay, int? LastDay)
{
    /// <summary><c>2025-06-08</c> (a day), <c>2025-06</c> (a month), <c>2025</c> (a year); <c>/</c> or <c>.</c> may separate parts.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var normalised = text.Trim().Replace('/', '-').Replace('.', '-');
        return PartialDate.TryParseIso(normalised, out date);
    }

    public static DateSpan Of(PartialDate date) => new(date.Start.DayNumber, date.End.DayNumber);

    /// <summary>A range between two partial dates; <c>null</c> ends are open; exclusive ends drop the named span itself.</summary>
    public static DateSpan Between(PartialDate? from, PartialDate? to, bool fromInclusive, bool toInclusive)
    {
        int? first = from is { } f ? (fromInclusive ? f.Start.DayNumber : f.End.DayNumber + 1) : null;
        int? last = to is { } t ? (toInclusive ? t.End.DayNumber : t.Start.DayNumber - 1) : null;
        return new DateSpan(first, last);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"[{(FirstDay is { } a ? DateOnly.FromDayNumber(a).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "*")} TO {(LastDay is { } b ? DateOnly.FromDayNumber(b).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "*")}]");
}
