using System.Globalization;
using System.Text.RegularExpressions;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Captions.Dates;

/// <summary>
/// Finds the date a caption's picture was taken: "June 14", "Saturday, June 14", "June 14, 2025", "14 June 2025",
/// "Jan. 8, 2025", "2025-06-07", "in February", "in March 2024", "on Saturday", Getty datelines ("… - JUNE 10:").
/// A year-less date or weekday is the most recent such day on or before the reference date. The first date phrase
/// wins (the event's date leads a caption); background mentions ("born in 1990", "since March 2020") are skipped,
/// and a bare year ("in 2019") counts only in the first sentence when nothing better exists.
/// </summary>
public static partial class CaptionDateFinder
{
    private const string Month =
        "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    [GeneratedRegex(
        "(?<iso>\\b(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})\\b)" +
        "|(?<md>\\b(?<mdm>" + Month + ")\\s(?<mdd>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(?<mdy>\\d{4})\\b)?)" +
        "|(?<dm>\\b(?<dmd>\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(?<dmm>" + Month + ")(?![a-z])(?:,?\\s(?<dmy>\\d{4})\\b)?)" +
        "|(?<my>\\b(?<mym>" + FullMonth + ")\\s(?:of\\s)?(?<myy>\\d{4})\\b)" +
        "|(?<im2>\\b(?:in|during|early|late|mid-|last|this)\\s(?<imm>" + FullMonth + ")\\b(?:,?\\s(?<imy>\\d{4})\\b|(?!\\s\\d{1,2}\\b)))" +
        "|(?<wd>\\b(?<wdlast>last\\s)?(?<wdn>" + Weekday + ")\\b)" +
        "|(?<yr>\\b(?:in|In)\\s(?<yry>(?:19|20)\\d{2})\\b(?!s|-))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex DatePhrase();

    private static readonly string[] Taints = ["born", "since", "founded", "established", "built", "died", "until", "dating", "dates", "opened", "began"];

    /// <summary>The caption's date, or null when it names none. Never throws.</summary>
    public static PartialDate? Find(string? text, DateOnly reference)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        PartialDate? yearOnly = null;
        var firstSentenceEnd = FirstSentenceEnd(text);
        try
        {
            for (var m = DatePhrase().Match(text); m.Success; m = m.NextMatch())
            {
                if (IsTainted(text, m.Index)) continue;
                if (m.Groups["yr"].Success)
                {
                    if (yearOnly is null && m.Index < firstSentenceEnd && int.TryParse(m.Groups["yry"].ValueSpan, out var y) && y <= reference.Year)
                        yearOnly = PartialDate.OfYear(y);
                    continue;
                }
                if (m.Groups["wd"].Success)
                {
                    // "Saturday, June 14" and "Saturday 14 June": the explicit date that follows decides.
                    var next = m.NextMatch();
                    if (next.Success && next.Index - (m.Index + m.Length) <= 2 && (next.Groups["md"].Success || next.Groups["dm"].Success) && Resolve(next, text, reference) is { } dated)
                        return dated;
                }
                if (Resolve(m, text, reference) is { } date) return date;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        return yearOnly;
    }

    private static PartialDate? Resolve(Match m, string text, DateOnly reference)
    {
        if (m.Groups["iso"].Success)
        {
            var iso = m.Groups["iso"].Value;
            return PartialDate.TryParseIso(iso, out var d) ? d : null;
        }
        if (m.Groups["md"].Success)
            return DayDate(m.Groups["mdm"], Int(m.Groups["mdd"]), m.Groups["mdy"], reference);
        if (m.Groups["dm"].Success)
            return DayDate(m.Groups["dmm"], Int(m.Groups["dmd"]), m.Groups["dmy"], reference);
        if (m.Groups["my"].Success)
        {
            if (!IsCapitalised(m.Groups["mym"].ValueSpan)) return null;
            var year = Int(m.Groups["myy"]);
            return year is >= 1800 and <= 9999 ? PartialDate.OfMonth(year, MonthNumber(m.Groups["mym"].ValueSpan)) : null;
        }
        if (m.Groups["im2"].Success)
        {
            if (!IsCapitalised(m.Groups["imm"].ValueSpan)) return null;
            var month = MonthNumber(m.Groups["imm"].ValueSpan);
            if (m.Groups["imy"].Success) return Int(m.Groups["imy"]) is var y and >= 1800 ? PartialDate.OfMonth(y, month) : null;
            var year = month <= reference.Month ? reference.Year : reference.Year - 1;
            return year >= 1 ? PartialDate.OfMonth(year, month) : null;
        }
        if (m.Groups["wd"].Success)
        {
            var name = m.Groups["wdn"].ValueSpan;
            if (!IsCapitalised(name)) return null;
            var weekday = WeekdayNumber(name);
            var back = ((int)reference.DayOfWeek - weekday + 7) % 7;
            if (back == 0 && m.Groups["wdlast"].Success) back = 7;
            if (reference.DayNumber - back < 0) return null;
            return PartialDate.FromDate(reference.AddDays(-back));
        }
        _ = text;
        return null;
    }

    private static PartialDate? DayDate(Group monthGroup, int day, Group yearGroup, DateOnly reference)
    {
        var monthText = monthGroup.ValueSpan;
        if (!IsCapitalised(monthText)) return null;
        // "May" alone is a verb as often as a month: only with a day after it (checked by the pattern) and capitalised.
        var month = MonthNumber(monthText);
        if (day is < 1 or > 31) return null;
        if (yearGroup.Success)
        {
            var year = Int(yearGroup);
            if (year is < 1800 or > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
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

    private static bool IsTainted(string text, int index)
    {
        // The two words before the phrase: "born on June 1", "since March 2020", "founded in 1990".
        var start = Math.Max(0, index - 24);
        var before = text.AsSpan(start, index - start);
        foreach (var t in Taints)
        {
            var at = before.LastIndexOf(t, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var after = before[(at + t.Length)..].Trim();
            var wordsAfter = after.Length == 0 ? 0 : after.Count(' ') + 1;
            var boundaryBefore = at == 0 ? start == 0 || !char.IsLetter(text[start - 1]) : !char.IsLetter(before[at - 1]);
            if (boundaryBefore && wordsAfter <= 1) return true;
        }
        return false;
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

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static int Int(Group g) => int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[3];
        for (var i = 0; i < 3; i++) key[i] = char.ToLowerInvariant(name[i]);
        return key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }

    private static int WeekdayNumber(ReadOnlySpan<char> name) => char.ToLowerInvariant(name[0]) switch
    {
        'm' => 1,
        'w' => 3,
        'f' => 5,
        't' => char.ToLowerInvariant(name[1]) == 'u' ? 2 : 4,
        _ => char.ToLowerInvariant(name[1]) == 'a' ? 6 : 0,
    };
}
