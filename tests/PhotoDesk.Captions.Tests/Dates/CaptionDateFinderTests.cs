using PhotoDesk.Captions.Dates;
using PhotoDesk.Core.Time;
using Xunit;

namespace PhotoDesk.Captions.Tests.Dates;

public class CaptionDateFinderTests
{
    // Reference days used below: 2025-06-16 is a Monday, 2025-06-14 a Saturday, 2025-01-10 a Friday.
    public static TheoryData<string, string, string> Forms => new()
    {
        // month day, year-less: this year when on or before the reference
        { "People protest in Los Angeles on June 14.", "2025-06-16", "2025-06-14" },
        // weekday plus month day: the explicit date decides
        { "Protesters march on Saturday, June 14.", "2025-06-16", "2025-06-14" },
        // weekday and year-less date with a much later reference: the year in which June 14 was a Saturday
        { "Protesters march on Saturday, June 14.", "2026-11-28", "2025-06-14" },
        // near the reference a wrong weekday is a typo: the date stands
        { "Protesters march on Friday, June 14.", "2025-06-16", "2025-06-14" },
        // an explicit year is kept even when the weekday disagrees
        { "Protesters march on Sunday, June 14, 2025.", "2026-11-28", "2025-06-14" },
        // full AP/Reuters date
        { "Police stand guard in Los Angeles, California, U.S., June 8, 2025.", "2025-06-16", "2025-06-08" },
        // day month year (EPA)
        { "Protesters in Los Angeles, California, USA, 14 June 2025.", "2025-06-16", "2025-06-14" },
        // leading-zero day (EPA)
        { "Workers march in Berlin, Germany, 01 May 2025.", "2025-06-16", "2025-05-01" },
        // AP abbreviation with a period
        { "A home burns in Altadena, Calif., Jan. 8, 2025.", "2025-06-16", "2025-01-08" },
        // AP's Sept.
        { "The president speaks at the White House, Sept. 5, 2025.", "2025-09-10", "2025-09-05" },
        // Sept. without a year, after the reference: last year's
        { "The president speaks at the White House, Sept. 5.", "2025-06-16", "2024-09-05" },
        // ISO date
        { "Protesters march on 2025-06-07 in Paris.", "2025-06-16", "2025-06-07" },
        // month only
        { "ICE agents detain a man in Denver in February.", "2025-06-16", "2025-02" },
        // month only, later than the reference month: last year
        { "Snow covers the town in December.", "2025-06-16", "2024-12" },
        // month and year
        { "Voters cast ballots in March 2024.", "2025-06-16", "2024-03" },
        // month and year after "in"
        { "The bridge closed in March 2024 after the storm.", "2025-06-16", "2024-03" },
        // Getty dateline in capitals
        { "LOS ANGELES, CALIFORNIA - JUNE 10: Protesters march downtown.", "2025-06-16", "2025-06-10" },
        // relative weekday
        { "A demonstrator takes part in the protest on Saturday.", "2025-06-16", "2025-06-14" },
        // the reference day itself is that weekday
        { "A demonstrator takes part in the protest on Saturday.", "2025-06-14", "2025-06-14" },
        // a weekday without "on"
        { "Demonstrators gathered Saturday in the park.", "2025-06-16", "2025-06-14" },
        // "last" weekday on that weekday is a week back
        { "Fans gathered last Monday outside the stadium.", "2025-06-16", "2025-06-09" },
        // weekday across a year boundary
        { "Fireworks light the sky on Wednesday.", "2025-01-02", "2025-01-01" },
        // ordinal suffix
        { "Fans gather on June 14th in Boston.", "2025-06-16", "2025-06-14" },
        // full month name with day
        { "Leaders meet on September 30, 2023 in New York.", "2025-06-16", "2023-09-30" },
        // day month without a year
        { "Riders pass through Lyon on 9 July.", "2025-07-20", "2025-07-09" },
        // February 29 looks back to a leap year
        { "Skaters race on Feb. 29.", "2025-06-16", "2024-02-29" },
        // born-in background year is skipped for the event weekday
        { "The artist, born in 1990, poses for a portrait on Friday.", "2025-06-16", "2025-06-13" },
        // since-year background is skipped for the event date
        { "The shop, open since March 2020, closes on June 2.", "2025-06-16", "2025-06-02" },
        // the first date phrase wins over a later one
        { "Police move in on Tuesday, June 10. The curfew was first declared on June 3.", "2025-06-16", "2025-06-10" },
        // a bare year in the first sentence, with nothing better
        { "Crowds fill the square in 2019.", "2025-06-16", "2019" },
        // a bare year in a later sentence is background
        { "Crowds fill the square. The tradition began in 1890.", "2025-06-16", "" },
        // an anniversary names an event: the weekday is the picture's day
        { "People attend a vigil marking the Oct. 7 attack in Tel Aviv on Monday.", "2025-06-16", "2025-06-16" },
        // the event date alone still counts when nothing else is there
        { "Rioters storm the Capitol on the Jan. 6 anniversary.", "2025-06-16", "2025-01-06" },
        // a plan after a date word is not the picture's day
        { "Workers prepare the stage ahead of Sunday's concert, on Friday.", "2025-06-16", "2025-06-13" },
        // a date after the reference day is a plan
        { "Fans line up for the final on June 30, 2025, seen here on Saturday.", "2025-06-16", "2025-06-14" },
        // today is the reference day
        { "Protesters gather outside parliament today.", "2025-06-16", "2025-06-16" },
        // yesterday is the day before
        { "Firefighters battled the blaze yesterday in Malibu.", "2025-06-16", "2025-06-15" },
        // this morning
        { "Commuters wade through floodwater this morning.", "2025-06-16", "2025-06-16" },
        // USA Today is a newspaper, not a day
        { "A reporter for USA Today takes notes.", "2025-06-16", "" },
        // no date at all
        { "A protester blocks mounted police officers during the protest.", "2025-06-16", "" },
        // "may" as a verb is not May
        { "Officers may 10 times a day check the gate.", "2025-06-16", "" },
        // "march" as a verb is not March
        { "Protesters march in Los Angeles.", "2025-06-16", "" },
        // Marines is not March
        { "14 Marines stand guard.", "2025-06-16", "" },
        // a decade is not a year
        { "Music from the 1990s plays in 1990s style.", "2025-06-16", "" },
        // invalid day is ignored
        { "Skaters race on June 31.", "2025-06-16", "" },
        // numeric, unambiguous: 06/18 can only be month first
        { "Crowds gather in Los Angeles 06/18/2025.", "2025-06-20", "2025-06-18" },
        // numeric, unambiguous: 18/06 can only be day first
        { "Crowds gather in Paris 18/06/2025.", "2025-06-20", "2025-06-18" },
        // numeric, ambiguous: 06/08 read month first (June 8) is nearer the reference than 6 August (after it)
        { "Protesters march 06/08/2025 in Los Angeles.", "2025-06-10", "2025-06-08" },
        // numeric, ambiguous: 06/08 read day first (6 August) when the picture is from August
        { "Protesters march 06/08/2025 in Paris.", "2025-08-07", "2025-08-06" },
        // numeric with a two-digit year
        { "Fans celebrate 6/8/25 downtown.", "2025-06-10", "2025-06-08" },
        // dotted numeric dates are day first
        { "Demonstranten in Berlin, 08.06.2025.", "2025-06-10", "2025-06-08" },
        // a fraction or version number is no date
        { "Version 1/2/3/4 ships; a 3.5.2024x build.", "2025-06-10", "" },
        // an impossible numeric date is ignored
        { "Code 13/13/2025 appears.", "2025-06-10", "" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Find_DatePhrase_ResolvesAgainstTheReferenceDay(string text, string reference, string expected)
    {
        var date = CaptionDateFinder.Find(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, date?.ToIsoString() ?? "");
    }

    [Theory]
    // Saturday, June 14 is a day
    [InlineData("Protesters march on Saturday, June 14.", DatePrecision.Day)]
    // a month alone
    [InlineData("Snow falls in February.", DatePrecision.Month)]
    // a year alone
    [InlineData("Crowds fill the square in 2019.", DatePrecision.Year)]
    public void Find_DatePhrase_CarriesItsPrecision(string text, DatePrecision precision)
    {
        var date = CaptionDateFinder.Find(text, new DateOnly(2025, 6, 16));

        Assert.NotNull(date);
        Assert.Equal(precision, date.Value.Precision);
    }

    [Fact]
    public void Find_NullOrEmpty_ReturnsNull()
    {
        Assert.Null(CaptionDateFinder.Find(null, new DateOnly(2025, 6, 16)));
        Assert.Null(CaptionDateFinder.Find("   ", new DateOnly(2025, 6, 16)));
    }

    [Fact]
    public void Find_WeekdayNearTheStartOfTime_DoesNotThrow()
    {
        Assert.Null(CaptionDateFinder.Find("On Sunday.", DateOnly.MinValue));
    }
}
