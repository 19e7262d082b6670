using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceFinderDatelineTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.Default;

    [Theory]
    // Getty: all-caps city and state, then the date
    [InlineData("LOS ANGELES, CALIFORNIA - JUNE 10: Protesters gather outside City Hall.", "Los Angeles", "California", "United States", "US")]
    // Getty: postal code for the District of Columbia
    [InlineData("WASHINGTON, DC - JUNE 14: Soldiers march during the parade.", "Washington", "District of Columbia", "United States", "US")]
    // Getty: city, England, then the date
    [InlineData("LONDON, ENGLAND - MAY 01: Workers march on May Day.", "London", "England", "United Kingdom", "GB")]
    // Getty: New York, New York
    [InlineData("NEW YORK, NEW YORK - APRIL 03: Commuters walk through Grand Central.", "New York", "New York", "United States", "US")]
    // Getty: city and country in capitals
    [InlineData("TOKYO, JAPAN - JULY 23: Athletes parade during the opening ceremony.", "Tokyo", null, "Japan", "JP")]
    // Getty: postal code state
    [InlineData("MINNEAPOLIS, MN - MAY 28: Protesters gather near the Third Precinct.", "Minneapolis", "Minnesota", "United States", "US")]
    // Getty: accents dropped in capitals, reported with them
    [InlineData("SAO PAULO, BRAZIL - JANUARY 08: Supporters gather.", "São Paulo", null, "Brazil", "BR")]
    // Getty: Gaza City with the Strip named as Gaza
    [InlineData("GAZA CITY, GAZA - OCTOBER 09: Smoke rises after a strike.", "Gaza City", "Gaza Strip", "Palestinian Territories", "PS")]
    // Getty: Germany
    [InlineData("BERLIN, GERMANY - MARCH 05: Climate activists block a road.", "Berlin", null, "Germany", "DE")]
    // AP: city alone with the agency
    [InlineData("PARIS (AP) — Protesters march near the Eiffel Tower.", "Paris", null, "France", "FR")]
    // AP: city and country with the agency
    [InlineData("KYIV, Ukraine (AP) — Firefighters work at the site of a Russian strike.", "Kyiv", null, "Ukraine", "UA")]
    // AP: state spelled out
    [InlineData("UVALDE, Texas (AP) — Mourners visit a memorial.", "Uvalde", "Texas", "United States", "US")]
    // AP: state abbreviation
    [InlineData("SPRINGFIELD, Ill. (AP) — Lawmakers return to the Capitol.", "Springfield", "Illinois", "United States", "US")]
    // AP: two-letter abbreviation with periods
    [InlineData("CHARLOTTE, N.C. (AP) — Fans tailgate before the game.", "Charlotte", "North Carolina", "United States", "US")]
    // AP: a town the gazetteer lacks, named with its state
    [InlineData("TINYVILLE, Ga. (AP) — Residents clean up after the storm.", "Tinyville", "Georgia", "United States", "US")]
    // AP: a capital that shares its name with a region
    [InlineData("JERUSALEM (AP) — Worshippers gather at the Western Wall.", "Jerusalem", null, "Israel", "IL")]
    // AP: a two-word capital
    [InlineData("MEXICO CITY (AP) — Migrants rest at a shelter.", "Mexico City", null, "Mexico", "MX")]
    // AP: Saint abbreviated
    [InlineData("ST. LOUIS (AP) — Fans celebrate the win.", "St. Louis", "Missouri", "United States", "US")]
    // AP: title-case dateline with a state abbreviation and an em dash
    [InlineData("Los Angeles, Calif. — A man walks past a mural.", "Los Angeles", "California", "United States", "US")]
    // Reuters: date between the city and the agency
    [InlineData("KYIV, June 8 (Reuters) - Rescuers work at a site hit by a drone.", "Kyiv", null, "Ukraine", "UA")]
    // Reuters: city and country, then the date
    [InlineData("GENEVA, Switzerland, March 3 (Reuters) - Delegates arrive for talks.", "Geneva", null, "Switzerland", "CH")]
    // AFP style dateline with an en dash
    [InlineData("NAIROBI, Kenya – Protesters run from tear gas.", "Nairobi", null, "Kenya", "KE")]
    // Getty: postal code in capitals
    [InlineData("LOS ANGELES, CA - JUNE 10: Protesters march downtown.", "Los Angeles", "California", "United States", "US")]
    // Getty: two-word country in capitals
    [InlineData("SEOUL, SOUTH KOREA - MAY 03: Commuters wait for a train.", "Seoul", null, "South Korea", "KR")]
    // Getty: a transliteration variant of the city, Gaza as the region
    [InlineData("KHAN YUNIS, GAZA - JANUARY 10: Smoke rises over the city.", "Khan Younis", "Gaza Strip", "Palestinian Territories", "PS")]
    // title-case dateline with only a dash: a big city
    [InlineData("Kyiv — Rescuers search the rubble after a strike.", "Kyiv", null, "Ukraine", "UA")]
    public void Find_Dateline_ReturnsItsPlace(string text, string city, string? region, string country, string code)
    {
        var place = Finder.Find(text);

        Assert.Equal((city, region, country, code), (place.City, place.Region, place.Country, place.CountryCode));
    }

    [Theory]
    // AP file photo marker: a dash after a capitalised word that is no place
    [InlineData("FILE - Smoke rises over the city after an attack.")]
    // An editor's note is not a dateline
    [InlineData("EDITOR'S NOTE — This photo contains graphic content.")]
    // A capitalised phrase and a dash with no place in it
    [InlineData("BREAKING NEWS - Markets fall sharply.")]
    // title case and a dash, but a team, not a city
    [InlineData("Denver Broncos - Players warm up before the game.")]
    // title case and a dash after a small town's name: not trusted as a dateline
    [InlineData("Lahaina - A sign stands in the ashes.")]
    public void Find_DashAfterNonPlace_IsNoDateline(string text)
    {
        Assert.True(Finder.Find(text).IsEmpty);
    }
}
