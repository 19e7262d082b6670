using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceFinderNegativeTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.Default;

    [Theory]
    // no text
    [InlineData("")]
    // white space
    [InlineData("   \t\n ")]
    // Mobile as an adjective, no place context
    [InlineData("Mobile phones are seen on a table.")]
    // Congress after "in" is an institution (Congress, Ariz., is tiny)
    [InlineData("A reading of the bill in Congress.")]
    // an office named with capitals
    [InlineData("President Trump speaks in the Oval Office.")]
    // Nice at the start of a sentence, a month after "in"
    [InlineData("Nice weather in June.")]
    // Split as a word
    [InlineData("A Split decision by the judges.")]
    // US Marines with no place after a preposition
    [InlineData("US Marines in formation.")]
    // a stadium alone
    [InlineData("Fans cheer at Wembley Stadium.")]
    // Federal is a town in Argentina; "Federal Court" is a court
    [InlineData("A hearing in Federal Court.")]
    // a tower named after a person
    [InlineData("Guests arrive in Trump Tower.")]
    // a month (March is also a town in England)
    [InlineData("Planting begins in March.")]
    // a county's deputies (seed gallery)
    [InlineData("Los Angeles County sheriff's deputies detain a woman on Sunday.")]
    // the state only as an adjective (seed gallery)
    [InlineData("Two California Highway Patrol officers try to dodge rocks near the Metropolitan Detention Center on Sunday.")]
    // a landmark without a city (seed gallery)
    [InlineData("A man shouts into a megaphone outside City Hall on Wednesday.")]
    // "at the White House" is no town in Tennessee
    [InlineData("The president speaks at the White House.")]
    // a newspaper in a credit is no place
    [InlineData("A protester damages a taxi on Sunday. Robert Gauthier/Los Angeles Times/Getty Images")]
    // Marines after a preposition
    [InlineData("A parade of Marines.")]
    // a weekday after "on"
    [InlineData("Officers detain a demonstrator on Sunday.")]
    // a person named like a place, no place context
    [InlineData("Paris Hilton arrives for the premiere.")]
    // a possessive inside a name that is no place
    [InlineData("Crowds gather in Martha's Vineyard.")]
    // a region the gazetteer does not know
    [InlineData("Soldiers rest in the Donbas region.")]
    // a landmark named after a person, not after Madison, Wis.
    [InlineData("Fans arrive at Madison Square Garden.")]
    // not Lincoln, Neb.
    [InlineData("Dancers perform at Lincoln Center.")]
    // not Columbia, S.C.
    [InlineData("Protesters rally at Columbia University.")]
    public void Find_TextWithoutPlace_ReturnsEmpty(string text)
    {
        Assert.Equal(Core.Captions.Place.Empty, Finder.Find(text));
    }

    [Fact]
    public void Find_Null_ReturnsEmpty()
    {
        Assert.True(Finder.Find(null).IsEmpty);
    }
}
