using PhotoDesk.Core.Time;

namespace PhotoDesk.Captions.Dates;

/// <summary>
/// Finds the date a caption's picture was taken: "June 14", "Saturday, June 14", "June 14, 2025", "14 June 2025",
/// "06/14/2025", "14.06.2025",
/// "Jan. 8, 2025", "2025-06-07", "in February", "in March 2024", "on Saturday", Getty datelines ("… - JUNE 10:").
/// A year-less date or weekday is the most recent such day on or before the reference date. The first date phrase
/// wins (the event's date leads a caption); background mentions ("born in 1990", "since March 2020") are skipped,
/// and a bare year ("in 2019") counts only in the first sentence when nothing better exists.
/// </summary>
public static class CaptionDateFinder
{
    // Words that make the date after them background or a plan, not the day of the picture.
    private static readonly string[] Taints =
    [
        "born", "since", "founded", "established", "built", "died", "until", "dating", "dates", "opened", "began",
        "before", "ahead", "scheduled", "slated", "upcoming", "next", "till",
    ];

    /// <summary>The caption's date, or null when it names none. Never throws.</summary>
    public static PartialDate? Find(string? text, DateOnly reference)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = new DateTokens(text);
        PartialDate? weak = null;
        PartialDate? yearOnly = null;
        var firstSentenceEnd = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var found = Match(tokens, i, reference, out var isYearOnly);
            if (found is not { } date || IsTainted(tokens, i)) continue;
            if (isYearOnly)
            {
                if (firstSentenceEnd < 0) firstSentenceEnd = FirstSentenceEnd(text);
                if (yearOnly is null && tokens[i].Start < firstSentenceEnd) yearOnly = date;
                continue;
            }
            // "the Oct. 7 attack", "the Jan. 6 riot": a date naming an event is background unless nothing else is
            // there; so is a date after the reference day (a plan, or a reference date that is wrong).
            if (tokens.WordIs(i - 1, "the") || date.Start > reference)
            {
                weak ??= date;
                continue;
            }
            return date;
        }
        return weak ?? yearOnly;
    }

    // The date phrase starting at token i, if any.
    private static PartialDate? Match(DateTokens t, int i, DateOnly reference, out bool yearOnly)
    {
        yearOnly = false;
        var token = t[i];
        if (token.Kind == DateTokens.Kind.Number)
        {
            if (Iso(t, i) is { } iso) return iso;
            if (Numeric(t, i, reference) is { } numeric) return numeric;
            return DayMonth(t, i, reference);
        }
        if (token.Kind != DateTokens.Kind.Word) return null;
        if (RelativeDay(t, i) is { } offset)
            return reference.DayNumber + offset < 0 ? null : PartialDate.FromDate(reference.AddDays(offset));
        if (!char.IsUpper(t.Text[token.Start]) && !IsPreposition(t, i)) return null;

        if (MonthOf(t.Span(i), out var full) is var month and > 0)
            return MonthFirst(t, i, month, full, reference);
        if (IsPreposition(t, i))
        {
            var next = t.IsPunct(i + 1, '-') && t.Touches(i + 1) ? i + 2 : i + 1; // "mid-February"
            if (t.IsWord(next) && char.IsUpper(t.Text[t[next].Start]) && MonthOf(t.Span(next), out var isFull) is var m and > 0 && isFull)
                return MonthOnly(t, next, m, reference);
            if ((t.WordIs(i, "in")) && t.IsNumber(i + 1, 4, 4) && !Continues(t, i + 1))
            {
                var y = t.Number(i + 1);
                if (y >= 1800 && y <= reference.Year)
                {
                    yearOnly = true;
                    return PartialDate.OfYear(y);
                }
            }
            return null;
        }
        if (WeekdayOf(t.Span(i)) is var weekday and >= 0)
        {
            // "Saturday, June 14" and "Saturday 14 June": the explicit date that follows decides.
            var j = t.IsPunct(i + 1, ',') ? i + 2 : i + 1;
            if (j < t.Count)
            {
                if (t.IsWord(j) && char.IsUpper(t.Text[t[j].Start]) && MonthOf(t.Span(j), out var f) is var mm and > 0 &&
                    MonthFirst(t, j, mm, f, reference, out var mdYear) is { Precision: DatePrecision.Day } md)
                    return mdYear ? md : AlignToWeekday(md, weekday, reference);
                if (t.IsNumber(j, 1, 2) && DayMonth(t, j, reference, out var dmYear) is { } dm) return dmYear ? dm : AlignToWeekday(dm, weekday, reference);
            }
            var back = ((int)reference.DayOfWeek - weekday + 7) % 7;
            if (back == 0 && t.WordIs(i - 1, "last")) back = 7;
            if (reference.DayNumber - back < 0) return null;
            return PartialDate.FromDate(reference.AddDays(-back));
        }
        return null;
    }

    // "Saturday, June 14" without a year, long before the reference: the most recent June 14 that was a Saturday (a
    // late reference day, such as a file's modification time, still finds the right year). Kept when no year fits.
    private static PartialDate AlignToWeekday(PartialDate date, int weekday, DateOnly reference)
    {
        // Near the reference the date itself is trusted: a wrong weekday is a typo, not another year.
        if (reference.DayNumber - date.Start.DayNumber <= 31) return date;
        for (var year = date.Year; year >= Math.Max(1, date.Year - 12); year--)
        {
            if (date.Day > DateTime.DaysInMonth(year, date.Month)) continue;
            var candidate = new DateOnly(year, date.Month, date.Day);
            if ((int)candidate.DayOfWeek == weekday) return PartialDate.FromDate(candidate);
        }
        return date;
    }

    // "today", "tonight", "this morning": the reference day; "yesterday": the day before. ("USA Today" is a paper.)
    private static int? RelativeDay(DateTokens t, int i)
    {
        var w = t.Span(i);
        if (w is "today" or "Today" or "tonight" or "Tonight")
            return t.WordIs(i - 1, "USA") ? null : 0;
        if (w is "yesterday" or "Yesterday") return -1;
        if (w is "this" or "This" && t.IsWord(i + 1) && t.Span(i + 1) is "morning" or "afternoon" or "evening") return 0;
        return null;
    }

    // 2025-06-07
    private static PartialDate? Iso(DateTokens t, int i)
    {
        if (!t.IsNumber(i, 4, 4) || !t.IsPunct(i + 1, '-') || !t.IsNumber(i + 2, 2, 2) || !t.IsPunct(i + 3, '-') || !t.IsNumber(i + 4, 2, 2)) return null;
        for (var k = i + 1; k <= i + 4; k++) if (!t.Touches(k)) return null;
        if (Continues(t, i + 4)) return null;
        return Valid(t.Number(i), t.Number(i + 2), t.Number(i + 4));
    }

    // "06/08/2025", "6/8/25", "08.06.2025": with slashes month-first (US) or day-first; when both readings are dates,
    // the one nearer the reference day and not after it wins (a caption is written soon after its picture). With
    // dots, day-first only ("8.6.2025" is 8 June). A number that runs on ("1/2/3/4", "06/08/2025x") is no date.
    private static PartialDate? Numeric(DateTokens t, int i, DateOnly reference)
    {
        if (!t.IsNumber(i, 1, 2) || !t.IsNumber(i + 2, 1, 2) || !t.IsNumber(i + 4, 2, 4) || t[i + 4].Length == 3) return null;
        var slash = t.IsPunct(i + 1, '/') && t.IsPunct(i + 3, '/');
        var dot = t.IsPunct(i + 1, '.') && t.IsPunct(i + 3, '.');
        if (!slash && !dot) return null;
        for (var k = i + 1; k <= i + 4; k++) if (!t.Touches(k)) return null;
        if (Continues(t, i + 4) || (i > 0 && t.Touches(i) && (t.IsPunct(i - 1, '/') || t.IsPunct(i - 1, '.') || t.IsNumber(i - 1, 1, 9)))) return null;
        if (i + 5 < t.Count && t.Touches(i + 5) && (t.IsPunct(i + 5, '.') || t.IsPunct(i + 5, '/')) && t.IsNumber(i + 6, 1, 9)) return null;
        var (a, b, y) = (t.Number(i), t.Number(i + 2), t.Number(i + 4));
        if (t[i + 4].Length == 2) y += y <= reference.Year % 100 ? reference.Year / 100 * 100 : (reference.Year / 100 - 1) * 100;
        var dayFirst = Valid(y, b, a);
        if (dot) return dayFirst;
        var monthFirst = Valid(y, a, b);
        if (monthFirst is null || dayFirst is null || monthFirst == dayFirst) return monthFirst ?? dayFirst;
        return Distance(monthFirst.Value) <= Distance(dayFirst.Value) ? monthFirst : dayFirst;

        long Distance(PartialDate d) => d.Start > reference ? 100_000L + d.Start.DayNumber - reference.DayNumber : reference.DayNumber - d.Start.DayNumber;
    }

    private static PartialDate? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new PartialDate(year, month, day) : null;

    // "June 14", "June 14, 2025", "Jan. 8, 2025", "JUNE 10:", "March 2024"
    private static PartialDate? MonthFirst(DateTokens t, int i, int month, bool full, DateOnly reference) => MonthFirst(t, i, month, full, reference, out _);

    private static PartialDate? MonthFirst(DateTokens t, int i, int month, bool full, DateOnly reference, out bool yearGiven)
    {
        yearGiven = false;
        var j = i + 1;
        if (!full && t.IsPunct(j, '.') && t.Touches(j)) j++;
        if (t.IsNumber(j, 1, 2) && !t.Touches(j))
        {
            var day = t.Number(j);
            var k = SkipOrdinal(t, j);
            if (k < 0) return null;
            return WithOptionalYear(t, k, month, day, reference, out yearGiven);
        }
        if (!full) return null;
        if (t.WordIs(j, "of")) j++;
        if (t.IsNumber(j, 4, 4) && !Continues(t, j) && t.Number(j) is var year and >= 1800)
            return PartialDate.OfMonth(year, month);
        return t.IsWord(i - 1) && IsPreposition(t, i - 1) ? MonthOnly(t, i, month, reference) : null;
    }

    // "14 June 2025", "01 May 2025", "9 July", "14th of June"
    private static PartialDate? DayMonth(DateTokens t, int i, DateOnly reference) => DayMonth(t, i, reference, out _);

    private static PartialDate? DayMonth(DateTokens t, int i, DateOnly reference, out bool yearGiven)
    {
        yearGiven = false;
        if (!t.IsNumber(i, 1, 2) || (i > 0 && t.Touches(i) && t[i - 1].Kind != DateTokens.Kind.Punct) ||
            t.IsPunct(i - 1, '/') || t.IsPunct(i - 1, ':') || t.IsPunct(i - 1, '.') && t.Touches(i)) return null;
        var day = t.Number(i);
        var j = SkipOrdinal(t, i);
        if (j < 0) return null;
        if (t.WordIs(j, "of")) j++;
        if (!t.IsWord(j) || !char.IsUpper(t.Text[t[j].Start]) || MonthOf(t.Span(j), out var full) is not (var month and > 0)) return null;
        var k = j + 1;
        if (!full && t.IsPunct(k, '.') && t.Touches(k)) k++;
        return WithOptionalYear(t, k, month, day, reference, out yearGiven);
    }

    // "in February", "during March 2024": most recent such month on or before the reference.
    private static PartialDate? MonthOnly(DateTokens t, int i, int month, DateOnly reference)
    {
        var j = t.IsPunct(i + 1, ',') ? i + 2 : i + 1;
        if (t.IsNumber(j, 4, 4) && !Continues(t, j) && t.Number(j) is var y and >= 1800) return PartialDate.OfMonth(y, month);
        if (t.IsNumber(i + 1, 1, 2)) return null; // "in June 14" is a day: the month-day reading starts at the month
        var year = month <= reference.Month ? reference.Year : reference.Year - 1;
        return year >= 1 ? PartialDate.OfMonth(year, month) : null;
    }

    private static PartialDate? WithOptionalYear(DateTokens t, int k, int month, int day, DateOnly reference, out bool yearGiven)
    {
        yearGiven = false;
        if (day is < 1 or > 31) return null;
        var y = t.IsPunct(k, ',') ? k + 1 : k;
        if (t.IsNumber(y, 4, 4) && !Continues(t, y))
        {
            yearGiven = true;
            var year = t.Number(y);
            if (year < 1800 || day > DateTime.DaysInMonth(year, month)) return null;
            return new PartialDate(year, month, day);
        }
        // Year-less: the most recent such day on or before the reference (Feb 29 looks back to a leap year).
        for (var year = reference.Year; year >= Math.Max(1, reference.Year - 8); year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            if (candidate <= reference) return PartialDate.FromDate(candidate);
        }
        return null;
    }

    // "14th": the ordinal suffix touches the number; anything else touching it ("14pm", "14/7") is not a day.
    private static int SkipOrdinal(DateTokens t, int i)
    {
        var j = i + 1;
        if (j < t.Count && t.Touches(j))
        {
            if (t.IsWord(j) && t.Span(j) is "st" or "nd" or "rd" or "th") return j + 1;
            if (t.IsWord(j) || t.IsPunct(j, '/') || t[j].Kind == DateTokens.Kind.Number) return -1;
        }
        return j;
    }

    // "1990s", "2024-25", "2025/26": the number goes on, so it is not a plain year.
    private static bool Continues(DateTokens t, int i) =>
        i + 1 < t.Count && t.Touches(i + 1) && (t.IsWord(i + 1) || t.IsPunct(i + 1, '-') || t.IsPunct(i + 1, '/'));

    private static bool IsPreposition(DateTokens t, int i) =>
        t.IsWord(i) && t.Span(i) is "in" or "In" or "IN" or "during" or "During" or "early" or "Early" or "late" or "Late" or "mid" or "Mid" or "last" or "Last" or "this" or "This";

    private static bool IsTainted(DateTokens t, int i)
    {
        // The two words before the phrase: "born on June 1", "since March 2020", "founded in 1990".
        for (int k = i - 1, words = 0; k >= 0 && words < 2; k--)
        {
            if (!t.IsWord(k)) continue;
            words++;
            foreach (var taint in Taints)
                if (t.Span(k).Equals(taint, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static int MonthOf(ReadOnlySpan<char> w, out bool full)
    {
        full = true;
        if (w.Length < 3) return 0;
        Span<char> lower = stackalloc char[Math.Min(w.Length, 12)];
        if (w.Length > 12) return 0;
        w.ToLowerInvariant(lower);
        switch (lower)
        {
            case "january": return 1;
            case "february": return 2;
            case "march": return 3;
            case "april": return 4;
            case "may": return 5;
            case "june": return 6;
            case "july": return 7;
            case "august": return 8;
            case "september": return 9;
            case "october": return 10;
            case "november": return 11;
            case "december": return 12;
        }
        full = false;
        return lower switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "jun" => 6, "jul" => 7, "aug" => 8, "sep" => 9, "sept" => 9,
            "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
    }

    private static int WeekdayOf(ReadOnlySpan<char> w)
    {
        if (w.Length is < 6 or > 9) return -1;
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return lower switch
        {
            "sunday" => 0, "monday" => 1, "tuesday" => 2, "wednesday" => 3, "thursday" => 4, "friday" => 5, "saturday" => 6,
            _ => -1,
        };
    }

    /// <summary>Index where the first sentence ends (". " followed by a capital, not after an abbreviation or initial).</summary>
    internal static int FirstSentenceEnd(string text)
    {
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 >= text.Length || !char.IsUpper(text[i + 2])) continue;
            var w = i;
            while (w > 0 && char.IsLetter(text[w - 1])) w--;
            var word = text.AsSpan(w, i - w);
            if (word.Length <= 1 || (w > 0 && text[w - 1] == '.') || IsAbbreviation(word)) continue;
            return i;
        }
        return text.Length;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) => word switch
    {
        "Jan" or "Feb" or "Mar" or "Apr" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec" or "Mr" or "Mrs" or "Ms"
            or "Dr" or "St" or "Sgt" or "Cpl" or "Gen" or "Lt" or "Col" or "Capt" or "Gov" or "Sen" or "Rep" or "Jr" or "Sr"
            or "Calif" or "Fla" or "Ga" or "Ala" or "Ariz" or "Ark" or "Colo" or "Conn" or "Del" or "Ill" or "Ind" or "Kan"
            or "Ky" or "La" or "Md" or "Mass" or "Mich" or "Minn" or "Miss" or "Mo" or "Mont" or "Neb" or "Nev" or "Okla"
            or "Ore" or "Pa" or "Tenn" or "Va" or "Vt" or "Wash" or "Wis" or "Wyo" or "Ft" or "Mt" or "No" or "Inc" or "Co"
            or "Corp" or "Ave" or "Blvd" or "Rd" or "vs" or "Pfc" or "Spc" or "Maj" or "Adm" => true,
        _ => false,
    };
}
