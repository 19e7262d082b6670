using PhotoDesk.Captions.Credits;
using Xunit;

namespace PhotoDesk.Captions.Tests.Credits;

public class AgencyNamesTests
{
    [Theory]
    // AP's wire prefix
    [InlineData("AP Photo", "AP")]
    // AP spelled out
    [InlineData("The Associated Press", "AP")]
    // AFP's wire prefix in capitals
    [InlineData("AFP PHOTO", "AFP")]
    // AFP spelled out
    [InlineData("Agence France-Presse", "AFP")]
    // Reuters in capitals
    [InlineData("REUTERS", "Reuters")]
    // EPA-EFE variants
    [InlineData("EPA EFE", "EPA-EFE")]
    // Getty short form
    [InlineData("Getty", "Getty Images")]
    // NYT without the article
    [InlineData("New York Times", "The New York Times")]
    // Guardian without the article
    [InlineData("Guardian", "The Guardian")]
    // Xinhua in capitals
    [InlineData("XINHUA", "Xinhua")]
    // dpa keeps its lowercase
    [InlineData("DPA", "dpa")]
    // Keystone in capitals
    [InlineData("KEYSTONE", "Keystone")]
    // unknown multi-word organisation in capitals: words cased, short acronyms kept
    [InlineData("US NAVY", "US Navy")]
    // unknown single acronym kept
    [InlineData("NASA", "NASA")]
    // unknown organisation as written
    [InlineData("The Daily Herald", "The Daily Herald")]
    // acronyms inside a capitalised name
    [InlineData("UKRAINIAN PRESIDENTIAL PRESS SERVICE", "Ukrainian Presidential Press Service")]
    public void Display_AgencyName_ReturnsTheDeskName(string raw, string expected) =>
        Assert.Equal(expected, AgencyNames.Display(raw));

    [Theory]
    // wires distribute
    [InlineData("AP", true)]
    // picture agencies distribute
    [InlineData("Getty Images", true)]
    // a newspaper originates
    [InlineData("Los Angeles Times", false)]
    public void IsDistributor_KnownNames(string name, bool expected) =>
        Assert.Equal(expected, AgencyNames.IsDistributor(name));
}
