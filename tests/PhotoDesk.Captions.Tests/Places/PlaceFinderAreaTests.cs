using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceFinderAreaTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.Default;

    [Theory]
    // a US state alone: region and country, no city
    [InlineData("Firefighters work in California.", "California", "United States", "US")]
    // Georgia alone is the US state
    [InlineData("A storm sweeps through Georgia.", "Georgia", "United States", "US")]
    // Washington state is the state, not the capital
    [InlineData("Wildfires burn in Washington state.", "Washington", "United States", "US")]
    // a Canadian province named like its capital
    [InlineData("Snow blankets farms in Quebec.", "Quebec", "Canada", "CA")]
    // a UK nation is a region of the United Kingdom
    [InlineData("Hikers walk in Scotland.", "Scotland", "United Kingdom", "GB")]
    // Gaza is the Strip, not Gaza City
    [InlineData("Airstrikes continue in Gaza.", "Gaza Strip", "Palestinian Territories", "PS")]
    // a German state by its English name
    [InlineData("Floods hit villages in Bavaria.", "Bavaria", "Germany", "DE")]
    // "in Florida" after a landmark that is no place
    [InlineData("A storm churns over Tampa Bay in Florida.", "Florida", "United States", "US")]
    // "X region" is the region even where a city shares the name
    [InlineData("Members of the National Guard patrol in Kharkiv region.", "Kharkiv", "Ukraine", "UA")]
    // "X Oblast" by the region index
    [InlineData("Rescuers work at the site of a strike in Kyiv Oblast.", "Kyiv Oblast", "Ukraine", "UA")]
    // a county is not a city: the state stands
    [InlineData("Firefighters battle flames in Orange County, Calif.", "California", "United States", "US")]
    // a Mexican state after a weak "from" country
    [InlineData("Migrants from Venezuela walk along the highway in Chiapas.", "Chiapas", "Mexico", "MX")]
    // Reuters: "Florida, U.S." is the state, not Florida, N.Y.
    [InlineData("Trump speaks to reporters aboard Air Force One en route to Florida, U.S., June 13, 2025.", "Florida", "United States", "US")]
    // an occupation adjective before the region
    [InlineData("Settlers walk in the Israeli-occupied West Bank.", "West Bank", "Palestinian Territories", "PS")]
    // Crimea
    [InlineData("Soldiers patrol in Russian-occupied Crimea.", "Crimea", "Ukraine", "UA")]
    public void Find_RegionOnly_ReturnsRegionAndCountryWithoutCity(string text, string region, string country, string code)
    {
        var place = Finder.Find(text);

        Assert.Equal(((string?)null, region, country, code), (place.City, place.Region, place.Country, place.CountryCode));
    }

    [Theory]
    // a country after a direction word
    [InlineData("A soldier stands guard in eastern Ukraine.", "Ukraine", "UA")]
    // U.S. with periods and article
    [InlineData("Prices rise in the U.S.", "United States", "US")]
    // USA
    [InlineData("The team trains in the USA.", "United States", "US")]
    // United States written out
    [InlineData("Inflation slows in the United States.", "United States", "US")]
    // U.K.
    [InlineData("Strikes spread in the U.K.", "United Kingdom", "GB")]
    // Britain
    [InlineData("Strikes spread in Britain.", "United Kingdom", "GB")]
    // Great Britain
    [InlineData("Rain falls across Great Britain.", "United Kingdom", "GB")]
    // UAE
    [InlineData("Workers build towers in the UAE.", "United Arab Emirates", "AE")]
    // DRC
    [InlineData("Refugees flee fighting in the DRC.", "Democratic Republic of the Congo", "CD")]
    // South Korea
    [InlineData("Voters cast ballots in South Korea.", "South Korea", "KR")]
    // Republic of Korea
    [InlineData("Soldiers train in the Republic of Korea.", "South Korea", "KR")]
    // Russia
    [InlineData("Troops gather in Russia.", "Russia", "RU")]
    // Czechia is the Czech Republic
    [InlineData("Tourists visit castles in Czechia.", "Czech Republic", "CZ")]
    // Czech Republic
    [InlineData("Floods swamp towns in the Czech Republic.", "Czech Republic", "CZ")]
    // Ivory Coast
    [InlineData("Cocoa farmers work in Ivory Coast.", "Ivory Coast", "CI")]
    // Cote d'Ivoire without the accent
    [InlineData("Cocoa farmers work in Cote d'Ivoire.", "Ivory Coast", "CI")]
    // Holland is the Netherlands
    [InlineData("Tulips bloom in Holland.", "Netherlands", "NL")]
    // the Netherlands
    [InlineData("Tulips bloom in the Netherlands.", "Netherlands", "NL")]
    // Mexico is the country, not Mexico, Mo.
    [InlineData("Migrants wait in Mexico.", "Mexico", "MX")]
    // the Philippines
    [InlineData("A typhoon makes landfall in the Philippines.", "Philippines", "PH")]
    // Burma is Myanmar
    [InlineData("Monks march in Burma.", "Myanmar", "MM")]
    // a possessive inside a landmark's name is no place; the Vatican is
    [InlineData("Pope Francis waves from the popemobile in St. Peter's Square at the Vatican.", "Vatican City", "VA")]
    // a country with "and" in its name, in capitals
    [InlineData("TROOPS PATROL IN BOSNIA AND HERZEGOVINA.", "Bosnia and Herzegovina", "BA")]
    public void Find_CountryOnly_ReturnsCountryAndCode(string text, string country, string code)
    {
        var place = Finder.Find(text);

        Assert.Equal(((string?)null, (string?)null, country, code), (place.City, place.Region, place.Country, place.CountryCode));
    }
}
