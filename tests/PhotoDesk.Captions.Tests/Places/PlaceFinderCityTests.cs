using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceFinderCityTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.Default;

    [Theory]
    // in City: a US city gets its state and country from the gazetteer
    [InlineData("People protest in Los Angeles on Monday.", "Los Angeles", "California", "United States", "US")]
    // in City followed by a weekday without "on" (AP)
    [InlineData("Protesters rally in Denver Tuesday.", "Denver", "Colorado", "United States", "US")]
    // in City, State written out
    [InlineData("Law enforcement blocks a road during a protest in Paramount, California, on Wednesday.", "Paramount", "California", "United States", "US")]
    // in City, AP state abbreviation
    [InlineData("Firefighters battle a blaze in Paradise, Calif., on Nov. 8, 2018.", "Paradise", "California", "United States", "US")]
    // the state decides between namesakes: Portland, Maine
    [InlineData("Snow falls in Portland, Maine, on Friday.", "Portland", "Maine", "United States", "US")]
    // the state decides between namesakes: Portland, Ore.
    [InlineData("Protesters march in Portland, Ore., on Saturday.", "Portland", "Oregon", "United States", "US")]
    // no state: the most populous Portland
    [InlineData("Protesters march in Portland on Saturday.", "Portland", "Oregon", "United States", "US")]
    // Georgia the state, by AP abbreviation
    [InlineData("Students walk out in Athens, Ga., on Monday.", "Athens", "Georgia", "United States", "US")]
    // Georgia the country
    [InlineData("Protesters rally in Tbilisi, Georgia, on Sunday.", "Tbilisi", null, "Georgia", "GE")]
    // no state: the most populous Athens
    [InlineData("Protesters clash with police in Athens.", "Athens", null, "Greece", "GR")]
    // the state overrides the famous namesake
    [InlineData("Cowboys ride at a rodeo in Paris, Texas.", "Paris", "Texas", "United States", "US")]
    // England as a region of the United Kingdom
    [InlineData("Fans celebrate in Birmingham, England.", "Birmingham", "England", "United Kingdom", "GB")]
    // Canadian province as qualifier
    [InlineData("Snow covers cars in London, Ontario.", "London", "Ontario", "Canada", "CA")]
    // Canadian city without its province: the province is filled
    [InlineData("Traffic crawls in Toronto.", "Toronto", "Ontario", "Canada", "CA")]
    // Australian city: the state is filled
    [InlineData("Surfers ride waves in Sydney.", "Sydney", "New South Wales", "Australia", "AU")]
    // City, State, Country (Reuters)
    [InlineData("Flooded streets in Houston, Texas, U.S., August 27, 2017.", "Houston", "Texas", "United States", "US")]
    // City, Country (Reuters) with the date right after
    [InlineData("A woman cries in Bucha, Ukraine, April 4, 2022.", "Bucha", null, "Ukraine", "UA")]
    // City, Country then "on" date
    [InlineData("Rescuers search for survivors in Antakya, Turkey, on Feb. 8, 2023.", "Antakya", null, "Turkey", "TR")]
    // City, region, Mexico
    [InlineData("Migrants walk in Tapachula, Chiapas state, Mexico, on Oct. 30.", "Tapachula", "Chiapas", "Mexico", "MX")]
    // country alias in a qualifier: DRC written out long
    [InlineData("Displaced people wait in Goma, Democratic Republic of Congo.", "Goma", null, "Democratic Republic of the Congo", "CD")]
    // country alias in a qualifier: Côte d'Ivoire
    [InlineData("Fans cheer in Abidjan, Côte d'Ivoire.", "Abidjan", null, "Ivory Coast", "CI")]
    // country with an article
    [InlineData("Cyclists ride in Amsterdam, the Netherlands, on Monday.", "Amsterdam", null, "Netherlands", "NL")]
    // exonym: Kiev is reported as Kyiv
    [InlineData("An air raid siren sounds in Kiev.", "Kyiv", null, "Ukraine", "UA")]
    // exonym: Cologne for Köln
    [InlineData("Revellers celebrate carnival in Cologne.", "Cologne", null, "Germany", "DE")]
    // accents folded: Zurich finds Zürich
    [InlineData("Bankers walk in Zurich.", "Zürich", null, "Switzerland", "CH")]
    // New York is the city, not the state
    [InlineData("Crowds gather in New York.", "New York", "New York", "United States", "US")]
    // New York City is reported as New York
    [InlineData("Crowds gather in New York City.", "New York", "New York", "United States", "US")]
    // Washington alone is the capital
    [InlineData("Senators arrive in Washington on Tuesday.", "Washington", "District of Columbia", "United States", "US")]
    // Washington, D.C.
    [InlineData("Demonstrators rally in Washington, D.C., on Saturday.", "Washington", "District of Columbia", "United States", "US")]
    // a city-state
    [InlineData("Fireworks light the skyline in Singapore.", "Singapore", null, "Singapore", "SG")]
    // a city named like its region: the city
    [InlineData("Dancers parade in Rio de Janeiro.", "Rio de Janeiro", null, "Brazil", "BR")]
    // St. abbreviation with a state
    [InlineData("A storm hits in St. Petersburg, Fla.", "St. Petersburg", "Florida", "United States", "US")]
    // St. Petersburg in Russia
    [InlineData("White nights in St. Petersburg, Russia.", "St. Petersburg", null, "Russia", "RU")]
    // hyphenated name
    [InlineData("Rubble lines a street in Port-au-Prince, Haiti.", "Port-au-Prince", null, "Haiti", "HT")]
    // "near City"
    [InlineData("A wildfire burns near Lahaina, Hawaii.", "Lahaina", "Hawaii", "United States", "US")]
    // "downtown City" (seed gallery)
    [InlineData("Protesters move through downtown Los Angeles on Tuesday.", "Los Angeles", "California", "United States", "US")]
    // "in downtown City"
    [InlineData("Traffic crawls in downtown Chicago.", "Chicago", "Illinois", "United States", "US")]
    // "of City" with a qualifier and a town the gazetteer lacks
    [InlineData("Residents of Smalltown, Ohio, gather at the church.", "Smalltown", "Ohio", "United States", "US")]
    // City, State without a preposition
    [InlineData("Mourners gather. Minneapolis, Minn., on May 26.", "Minneapolis", "Minnesota", "United States", "US")]
    // the first named place is the scene; "amid Russia's" is only a region reading
    [InlineData("A building damaged during a strike, amid Russia's attack on Ukraine, in Kyiv, Ukraine June 8, 2025.", "Kyiv", null, "Ukraine", "UA")]
    // AFP: place then date, credit in parentheses
    [InlineData("Protesters clash with police in Paris on June 1, 2023. (Photo by Jane Doe / AFP)", "Paris", null, "France", "FR")]
    // Mobile is a city with its state beside it
    [InlineData("Boats are moored in Mobile, Ala.", "Mobile", "Alabama", "United States", "US")]
    // a city and a country joined by "and": the first is the place
    [InlineData("Rallies were held in Los Angeles and San Francisco.", "Los Angeles", "California", "United States", "US")]
    // "the town of X" with a region and its noun as qualifier (AFP)
    [InlineData("Servicemen fire towards Russian positions near the town of Bakhmut, Donetsk region, on May 3, 2023.", "Bakhmut", "Donetsk", "Ukraine", "UA")]
    // "the southern city of X"
    [InlineData("Firefighters work at the scene in the southern city of Dnipro.", "Dnipro", null, "Ukraine", "UA")]
    // "the Kenyan capital X" (AFP)
    [InlineData("Protesters run from tear gas in the Kenyan capital Nairobi.", "Nairobi", null, "Kenya", "KE")]
    // "the skyline of City, Country" (Reuters): the qualifier makes "of" a place context
    [InlineData("A general view shows the skyline of Moscow, Russia, June 2, 2023.", "Moscow", null, "Russia", "RU")]
    // a sports team named after a city is no place; the venue's city is (Getty)
    [InlineData("Fans cheer during the game between the Los Angeles Rams and the Seattle Seahawks at SoFi Stadium on January 13, 2024 in Inglewood, California.", "Inglewood", "California", "United States", "US")]
    // a hurricane's name after "of" is no place
    [InlineData("Residents walk through floodwaters in the aftermath of Hurricane Helene in Asheville, N.C.", "Asheville", "North Carolina", "United States", "US")]
    // the scene after a comma and a weekday (AP)
    [InlineData("President Joe Biden speaks in the East Room of the White House, Monday, in Washington.", "Washington", "District of Columbia", "United States", "US")]
    // a territory as the country
    [InlineData("A woman holds a sign during a protest in Nuuk, Greenland.", "Nuuk", null, "Greenland", "GL")]
    // accents restored from the gazetteer
    [InlineData("Supporters of Brazil's former president gather in Brasilia, Brazil.", "Brasília", null, "Brazil", "BR")]
    // a county before the town is no place
    [InlineData("Firefighters in Los Angeles County battle the Eaton fire in Altadena, Calif.", "Altadena", "California", "United States", "US")]
    // N.Y.
    [InlineData("Snow covers the ground in Buffalo, N.Y.", "Buffalo", "New York", "United States", "US")]
    // Reuters: City, State, U.S., date, credit
    [InlineData("A car burns in Dearborn, Michigan, U.S., June 1, 2025. REUTERS/Jane Doe", "Dearborn", "Michigan", "United States", "US")]
    // AP: City, Country, weekday, date
    [InlineData("People wait in line in Kabul, Afghanistan, Tuesday, Aug. 17, 2021.", "Kabul", null, "Afghanistan", "AF")]
    // Naples, Italy, not Naples, Fla.
    [InlineData("A man walks past a mural in Naples, Italy.", "Naples", null, "Italy", "IT")]
    // the city, then "on the outskirts of" another
    [InlineData("Residents look at damage in Bucha, on the outskirts of Kyiv, Ukraine, Monday.", "Bucha", null, "Ukraine", "UA")]
    // EPA: day-month-year date after the country
    [InlineData("Protesters march in Paris, France, 10 June 2025. EPA/JANE DOE", "Paris", null, "France", "FR")]
    // an exonym with a qualifier
    [InlineData("Pilgrims gather in Mecca, Saudi Arabia.", "Mecca", null, "Saudi Arabia", "SA")]
    // a place the gazetteer lacks, named with its country
    [InlineData("Tourists take photos in Santorini, Greece.", "Santorini", null, "Greece", "GR")]
    // a camp that is a city in the gazetteer; the region named later in the caption is its region
    [InlineData("Palestinians inspect damage in the Jabalia refugee camp in the northern Gaza Strip.", "Jabalia", "Gaza Strip", "Palestinian Territories", "PS")]
    // the region named after the city, in a later phrase
    [InlineData("Smoke rises in Khan Younis, in the southern Gaza Strip, on Oct. 9.", "Khan Younis", "Gaza Strip", "Palestinian Territories", "PS")]
    // a region of another country named in the caption is not reported for this city
    [InlineData("Relatives of soldiers from Bavaria wait in Kyiv.", "Kyiv", null, "Ukraine", "UA")]
    // a caption set in capitals: small words end the name
    [InlineData("PROTESTERS MARCH IN LOS ANGELES ON TUESDAY.", "Los Angeles", "California", "United States", "US")]
    // capitals with a country qualifier
    [InlineData("FANS CELEBRATE IN BUENOS AIRES, ARGENTINA, AFTER THE FINAL.", "Buenos Aires", null, "Argentina", "AR")]
    // AP dateline for the capital: the city, not the state
    [InlineData("WASHINGTON (AP) — The president speaks to reporters.", "Washington", "District of Columbia", "United States", "US")]
    // St. as the caption writes it, where GeoNames spells out Saint
    [InlineData("Protesters gather outside the Minnesota State Capitol in St. Paul, Minn., on Friday.", "St. Paul", "Minnesota", "United States", "US")]
    // a city whose population the two packages spell differently (Zaporizhia / Zaporizhzhya)
    [InlineData("Residents of Mariupol board buses in Zaporizhzhia.", "Zaporizhzhia", null, "Ukraine", "UA")]
    // Gothenburg (Goteborg in the population package)
    [InlineData("Fans gather in Gothenburg, Sweden.", "Gothenburg", null, "Sweden", "SE")]
    // a town with a two-word name and an AP abbreviation
    [InlineData("Tornado damage is seen in Rolling Fork, Miss., on Saturday, March 25, 2023.", "Rolling Fork", "Mississippi", "United States", "US")]
    // the launch site after "from" is no place; the town after "in" is
    [InlineData("The rocket lifts off from Kennedy Space Center in Cape Canaveral, Fla.", "Cape Canaveral", "Florida", "United States", "US")]
    // L.A.
    [InlineData("Traffic crawls on a freeway in L.A. on Friday.", "Los Angeles", "California", "United States", "US")]
    // D.C. alone
    [InlineData("Tourists crowd the Mall in D.C. on July 4.", "Washington", "District of Columbia", "United States", "US")]
    // metadata style at the end: City, ST, USA
    [InlineData("Protesters march past City Hall. Los Angeles, CA, USA.", "Los Angeles", "California", "United States", "US")]
    // where someone is from is not the scene, even with its country
    [InlineData("A man from Lagos, Nigeria, walks past the Colosseum in Rome.", "Rome", null, "Italy", "IT")]
    // a university named after a state is no place
    [InlineData("Chad Smith of Ohio State runs with the ball in Columbus, Ohio.", "Columbus", "Ohio", "United States", "US")]
    public void Find_CityForms_ReturnCityRegionAndCountry(string text, string city, string? region, string country, string code)
    {
        var place = Finder.Find(text);

        Assert.Equal((city, region, country, code), (place.City, place.Region, place.Country, place.CountryCode));
    }

    [Theory]
    // the X neighborhood of City (seed gallery)
    [InlineData("Demonstrators stand on a charred vehicle in the Compton neighborhood of Los Angeles.", "Los Angeles", "Compton")]
    // borough of City
    [InlineData("A fire burns in the Brooklyn borough of New York.", "New York", "Brooklyn")]
    // neighbourhood, British spelling, with a direction before the city
    [InlineData("Palestinians protest in the Sheikh Jarrah neighbourhood of east Jerusalem.", "Jerusalem", "Sheikh Jarrah")]
    // neighborhood of Miami
    [InlineData("Residents gather in the Little Haiti neighborhood of Miami.", "Miami", "Little Haiti")]
    // near Landmark in City
    [InlineData("Tourists gather near the Eiffel Tower in Paris.", "Paris", "Eiffel Tower")]
    // outside Landmark in City (seed gallery)
    [InlineData("Bubbles float past US Marines outside the Federal Building in Los Angeles on Saturday, June 14.", "Los Angeles", "Federal Building")]
    // outside Landmark in City without an article
    [InlineData("Guards march outside Buckingham Palace in London.", "London", "Buckingham Palace")]
    // at Landmark in City
    [InlineData("Fans cheer at Dodger Stadium in Los Angeles.", "Los Angeles", "Dodger Stadium")]
    // in Landmark in City: the landmark is no city
    [InlineData("People gather in Times Square in New York City on New Year's Eve.", "New York", "Times Square")]
    // a numbered road as the landmark (seed gallery)
    [InlineData("Protesters clash with police on the 101 Freeway in Los Angeles on Tuesday.", "Los Angeles", "101 Freeway")]
    // in front of the Landmark in City, D.C.
    [InlineData("Demonstrators rally in front of the White House in Washington, D.C.", "Washington", "White House")]
    // a possessive city and what lies in it
    [InlineData("Protesters march in Minneapolis' Powderhorn Park on Sunday.", "Minneapolis", "Powderhorn Park")]
    // a landmark with initials (seed gallery)
    [InlineData("A protestor holds a flag outside the Edward R. Roybal Federal Building in Los Angeles, on Friday.", "Los Angeles", "Edward R. Roybal Federal Building")]
    // the Bronx borough of New York (AP)
    [InlineData("Smoke rises from a building in the Bronx borough of New York, Sunday, Jan. 9, 2022.", "New York", "Bronx")]
    // a school in a town (AP)
    [InlineData("Mourners gather outside Robb Elementary School in Uvalde, Texas, Wednesday, May 25, 2022.", "Uvalde", "Robb Elementary School")]
    // on Landmark in City
    [InlineData("Tourists walk on Capitol Hill in Washington.", "Washington", "Capitol Hill")]
    // a landmark in a possessive city
    [InlineData("Pilgrims pray at the Western Wall in Jerusalem's Old City.", "Jerusalem", "Western Wall")]
    // a landmark with U.S. in its name
    [InlineData("Demonstrators protest outside the U.S. Supreme Court in Washington.", "Washington", "U.S. Supreme Court")]
    // a district after a possessive city
    [InlineData("People cross the street in Tokyo's Shibuya district.", "Tokyo", "Shibuya")]
    // the Kremlin
    [InlineData("People walk past the Kremlin in Moscow.", "Moscow", "Kremlin")]
    // the X district of City
    [InlineData("A man is detained in the Westlake district of Los Angeles on June 8.", "Los Angeles", "Westlake")]
    // over the X neighborhood of City
    [InlineData("Smoke rises over the Pacific Palisades neighborhood of Los Angeles.", "Los Angeles", "Pacific Palisades")]
    // a landmark named after its city (two-word city)
    [InlineData("Travelers wait at Los Angeles International Airport on Friday.", "Los Angeles", "Los Angeles International Airport")]
    // a landmark named after its city (one-word city of millions)
    [InlineData("Monks pray near Kyiv Pechersk Lavra.", "Kyiv", "Kyiv Pechersk Lavra")]
    // with an article and a facility word at the end
    [InlineData("Fans gather at the Sydney Opera House.", "Sydney", "Sydney Opera House")]
    public void Find_SublocationForms_ReturnCityAndSublocation(string text, string city, string sublocation)
    {
        var place = Finder.Find(text);

        Assert.Equal((city, sublocation), (place.City, place.Sublocation));
    }

    [Theory]
    // the West Bank city of Hebron: the West Bank is the wider area, not a sublocation
    [InlineData("Soldiers patrol in the West Bank city of Hebron.", "Hebron")]
    // the garment district of downtown Los Angeles (seed gallery)
    [InlineData("People gather in the garment district of downtown Los Angeles.", "Los Angeles")]
    // a plain city has no sublocation
    [InlineData("People protest in Los Angeles on Monday.", "Los Angeles")]
    public void Find_CityWithoutLandmark_HasNoSublocation(string text, string city)
    {
        var place = Finder.Find(text);

        Assert.Equal((city, (string?)null), (place.City, place.Sublocation));
    }
}
