using PhotoDesk.Captions.Credits;
using Xunit;

namespace PhotoDesk.Captions.Tests.Credits;

public class PersonNamesTests
{
    [Theory]
    // all capitals (AFP PHOTO / NAME, EPA)
    [InlineData("RINGO CHIU", "Ringo Chiu")]
    // AFP capitalised surname
    [InlineData("Ringo CHIU", "Ringo Chiu")]
    // already in display form
    [InlineData("Ringo Chiu", "Ringo Chiu")]
    // initials keep their periods
    [InlineData("FREDERIC J. BROWN", "Frederic J. Brown")]
    // run-together initials
    [InlineData("Ringo H.W. Chiu", "Ringo H.W. Chiu")]
    // hyphenated surname
    [InlineData("ANDREW CABALLERO-REYNOLDS", "Andrew Caballero-Reynolds")]
    // Mc
    [InlineData("DAVID MCNEW", "David McNew")]
    // Mac from a known list only ("MACHADO" is not MacHado)
    [InlineData("JOHN MACDONALD", "John MacDonald")]
    // Mac-like names stay plain
    [InlineData("ANA MACHADO", "Ana Machado")]
    // O'
    [InlineData("KEVIN O'NEILL", "Kevin O'Neill")]
    // particle in capitals becomes lowercase
    [InlineData("Carl DE SOUZA", "Carl de Souza")]
    // particle as written stays
    [InlineData("Oscar del Pozo", "Oscar del Pozo")]
    // Dutch particles
    [InlineData("REMKO VAN DER MEER", "Remko van der Meer")]
    // accents kept and cased
    [InlineData("LOÏC VENANCE", "Loïc Venance")]
    // Jr. kept
    [InlineData("Mike Stewart Jr.", "Mike Stewart Jr.")]
    // JR in capitals
    [InlineData("MIKE STEWART JR", "Mike Stewart Jr.")]
    // sergeant dropped
    [InlineData("Sgt. John Doe", "John Doe")]
    // compound rank dropped
    [InlineData("Staff Sgt. Maria Lopez", "Maria Lopez")]
    // long navy rating dropped
    [InlineData("Mass Communication Specialist 2nd Class John Q. Public", "John Q. Public")]
    // sergeant first class
    [InlineData("Sgt. 1st Class Paul Smith", "Paul Smith")]
    // airman
    [InlineData("Senior Airman Jane Roe", "Jane Roe")]
    // petty officer
    [InlineData("Petty Officer 3rd Class Ann Lee", "Ann Lee")]
    // lance corporal
    [InlineData("Lance Cpl. Jane Doe", "Jane Doe")]
    // a short capitalised first name stays
    [InlineData("AJ Mast", "AJ Mast")]
    // a two-letter surname in capitals is cased
    [InlineData("Han NG", "Han Ng")]
    public void Display_CreditName_ReturnsDisplayForm(string raw, string expected) =>
        Assert.Equal(expected, PersonNames.Display(raw));

    [Theory]
    // two capitalised words
    [InlineData("Mario Tama", true)]
    // initials
    [InlineData("Jae C. Hong", true)]
    // all capitals
    [InlineData("ALLISON DINNER", true)]
    // rank and name
    [InlineData("Sgt. John Doe", true)]
    // one word is not enough on its own
    [InlineData("Tama", false)]
    // organisation words
    [InlineData("Los Angeles Times", false)]
    // navy in capitals
    [InlineData("US NAVY", false)]
    // lowercase words: a sentence
    [InlineData("the crowd gathers", false)]
    // weekday
    [InlineData("Saturday Daniel Cole", false)]
    // possessive organisation
    [InlineData("IDF Spokesperson's Unit", false)]
    // article
    [InlineData("The Guardian", false)]
    public void LooksLikePerson_CreditPart_TellsPeopleFromEverythingElse(string part, bool expected) =>
        Assert.Equal(expected, PersonNames.LooksLikePerson(part));
}
