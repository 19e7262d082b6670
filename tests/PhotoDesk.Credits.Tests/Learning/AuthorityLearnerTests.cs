using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Learning;
using Xunit;

namespace PhotoDesk.Credits.Tests.Learning;

public class AuthorityLearnerTests
{
    private static CreditObservation Photo(string photographer, string credit, params string[] agencies) => new([photographer], agencies, credit);

    private static readonly CreditObservation[] Archive =
    [
        Photo("Ringo Chiu", "Ringo Chiu/AFP/Getty Images", "AFP", "Getty Images"),
        Photo("Ringo Chiu", "Ringo Chiu/AFP/Getty Images", "AFP", "Getty Images"),
        Photo("Ringo Chiu", "Ringo Chiu/AFP/Getty Images", "AFP", "Getty Images"),
        Photo("Ringo Ciu", "Ringo Ciu/AFP/Getty Images", "AFP", "Getty Images"),
        Photo("Jae C. Hong", "Jae C. Hong/AP", "AP"),
        Photo("Jae C. Hong", "Jae C. Hong/AP", "AP"),
        Photo("Jae Hong", "Jae Hong/AP", "AP"),
        Photo("Mario Tama", "Mario Tama/Getty Images", "Getty Images"),
        new([], ["Handout"], "Handout"),
    ];

    [Fact]
    public void Propose_UsesTheMostFrequentSpelling_WithVariantsAsAliases()
    {
        var authority = new AuthorityLearner().Propose(Archive);

        var ringo = Assert.Single(authority.Photographers, p => p.Canonical == "Ringo Chiu");
        Assert.Equal(["Ringo Ciu"], ringo.Aliases);
        Assert.Equal(["AFP", "Getty Images"], ringo.Agencies);
        Assert.Equal(["Jae Hong"], Assert.Single(authority.Photographers, p => p.Canonical == "Jae C. Hong").Aliases);
        Assert.Equal(["Jae C. Hong", "Mario Tama", "Ringo Chiu"], authority.Photographers.Select(p => p.Canonical));
    }

    [Fact]
    public void Propose_AgenciesGetTheirHouseCreditStyleAndKnownAliases()
    {
        var authority = new AuthorityLearner().Propose(Archive);

        var afp = Assert.Single(authority.Agencies, a => a.Canonical == "AFP");
        Assert.Equal("{photographer}/AFP/Getty Images", afp.CreditStyle);
        var ap = Assert.Single(authority.Agencies, a => a.Canonical == "AP");
        Assert.Contains("Associated Press", ap.Aliases);
        Assert.Equal("{photographer}/AP", ap.CreditStyle);
        Assert.DoesNotContain(authority.Agencies, a => a.Canonical == "Handout");
    }

    [Fact]
    public void Propose_ResultIsAValidAuthorityFile()
    {
        var authority = new AuthorityLearner().Propose(Archive);

        var (reloaded, warnings) = AuthorityFile.Parse(AuthorityFile.ToJson(authority));
        Assert.Empty(warnings);
        Assert.Equal("Ringo Chiu", reloaded.FindPhotographer("Ringo Ciu")?.Canonical);
    }
}
