using PhotoDesk.Credits.Authority;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Credits.Tests.Authority;

public class AuthorityFileTests
{
    private const string Sample = """
        {
          "photographers": [
            { "canonical": "Ringo Chiu", "aliases": ["Ringo Ciu"], "agencies": ["AFP"] },
            { "canonical": "Jae C. Hong", "aliases": ["Jae Hong"], "agencies": ["Associated Press"] }
          ],
          "agencies": [
            { "canonical": "Associated Press", "aliases": ["AP", "AP Photo"], "credit_style": "{photographer}/AP" },
            { "canonical": "AFP", "aliases": ["Agence France-Presse"], "credit_style": "{photographer}/AFP via Getty Images" }
          ],
          // comments are allowed: people edit this file
          "roles": ["Pool", "Handout", "File", "Staff", "Stringer"]
        }
        """;

    [Fact]
    public void Parse_ReadsPhotographersAgenciesAndRoles()
    {
        var (authority, warnings) = AuthorityFile.Parse(Sample);

        Assert.Empty(warnings);
        Assert.Equal("Ringo Chiu", authority.FindPhotographer("RINGO CIU")?.Canonical);
        Assert.Equal("Associated Press", authority.FindAgency("ap photo")?.Canonical);
        Assert.Equal("Jae C. Hong/AP", authority.FindAgency("AP")!.FormatCredit("Jae C. Hong"));
        Assert.True(authority.IsRole("handout"));
        Assert.False(authority.IsRole("Reuters"));
        Assert.Null(authority.FindPhotographer("Mario Tama"));
    }

    [Fact]
    public void SaveThenLoad_RoundTripsEveryValue()
    {
        using var dir = new TempDirectory("authority");
        var (authority, _) = AuthorityFile.Parse(Sample);
        var path = dir.Combine("credits.json");

        AuthorityFile.Save(authority, path);
        var (loaded, _) = AuthorityFile.Load(path);

        Assert.Equal(AuthorityFile.ToJson(authority), AuthorityFile.ToJson(loaded));
        Assert.Contains("\"credit_style\": \"{photographer}/AFP via Getty Images\"", File.ReadAllText(path));
    }

    [Fact]
    public void Save_RefusesToReplaceAnExistingFile_UnlessAskedTo()
    {
        using var dir = new TempDirectory("authority");
        var path = dir.Combine("credits.json");
        File.WriteAllText(path, "{}");

        var e = Assert.Throws<AuthorityFileException>(() => AuthorityFile.Save(CreditAuthority.Empty, path));
        Assert.Contains("--force", e.Message);
        Assert.Equal("{}", File.ReadAllText(path));

        AuthorityFile.Save(CreditAuthority.Empty with { Roles = ["Pool"] }, path, overwrite: true);
        Assert.Contains("Pool", File.ReadAllText(path));
    }

    [Fact]
    public void Parse_NotJson_SaysWhere()
    {
        var e = Assert.Throws<AuthorityFileException>(() => AuthorityFile.Parse("{\n  \"photographers\": [ {\"canonical\": } ]\n}", "credits.json"));

        Assert.StartsWith("credits.json: not a valid credits file at line 2", e.Message);
    }

    [Fact]
    public void Load_MissingFile_IsAClearError()
    {
        var e = Assert.Throws<AuthorityFileException>(() => AuthorityFile.Load("/nonexistent/credits.json"));

        Assert.Contains("cannot be read", e.Message);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        // an alias claimed by two photographers
        { """{"photographers":[{"canonical":"A B","aliases":["X Y"]},{"canonical":"C D","aliases":["x y"]}]}""", "\"x y\" is claimed by photographer \"A B\" and by photographer \"C D\"" },
        // a canonical name that is another's alias
        { """{"photographers":[{"canonical":"A B","aliases":["C D"]},{"canonical":"C D"}]}""", "is claimed by photographer" },
        // a missing canonical name
        { """{"agencies":[{"canonical":"","aliases":["AP"]}]}""", "agency #1 has no canonical name" },
        // a role used as a photographer
        { """{"photographers":[{"canonical":"Handout"}]}""", "is a role word" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_Contradictions_AreErrorsThatNameTheProblem(string json, string expected)
    {
        var e = Assert.Throws<AuthorityFileException>(() => AuthorityFile.Parse(json));

        Assert.Contains(expected, e.Message);
        Assert.NotEmpty(e.Messages);
    }

    [Fact]
    public void Parse_AffiliationToAnUnknownAgency_IsAWarning()
    {
        var (_, warnings) = AuthorityFile.Parse("""
            {"photographers":[{"canonical":"Ringo Chiu","agencies":["AFP","Reuters"]}],
             "agencies":[{"canonical":"AFP","credit_style":"AFP"}]}
            """);

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Text.Contains("\"Reuters\", which is not in the agencies list"));
        Assert.Contains(warnings, w => w.Text.Contains("no {photographer} placeholder"));
    }
}
