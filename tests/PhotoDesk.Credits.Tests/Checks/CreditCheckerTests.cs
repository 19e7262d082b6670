using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Checks;
using Xunit;

namespace PhotoDesk.Credits.Tests.Checks;

public class CreditCheckerTests
{
    private static readonly CreditAuthority Authority = AuthorityFile.Parse("""
        {
          "photographers": [
            { "canonical": "Ringo Chiu", "aliases": ["Ringo Ciu"], "agencies": ["AFP"] },
            { "canonical": "Mario Tama", "agencies": ["Getty Images"] }
          ],
          "agencies": [
            { "canonical": "AFP", "aliases": ["Agence France-Presse"] },
            { "canonical": "Getty Images" },
            { "canonical": "Associated Press", "aliases": ["AP"] }
          ]
        }
        """).Authority;

    private static IReadOnlyList<CreditFinding> Run(ICreditCheck check, CreditAuthority? authority, params PhotoEntry[] entries) =>
        check.Run(new CheckContext(entries, authority), CancellationToken.None).ToList();

    [Fact]
    public void MissingCredit_FlagsOnlyThePhotoWithNothingAnywhere()
    {
        var findings = Run(new MissingCreditCheck(), null,
            Entries.Make("a", [], []),
            Entries.Make("b", [], [], creditLine: "Getty Images"),
            Entries.Make("c", [], [], flags: ["handout"]),
            Entries.Credited("d", "Mario Tama", "Getty Images"));

        var finding = Assert.Single(findings);
        Assert.Equal("a", Assert.Single(finding.Photos).Id);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void CreditMismatch_CaptionAndBylineNameDifferentPeople()
    {
        var findings = Run(new CreditMismatchCheck(), null,
            Entries.Make("a", ["Ringo Chiu"], ["AFP"], creators: ["Mario Tama"]),
            Entries.Make("b", ["Ringo Chiu"], ["AFP"], creators: ["RINGO CHIU"]));

        var finding = Assert.Single(findings);
        Assert.Equal("a", finding.Photos[0].Id);
        Assert.Contains("\"Ringo Chiu\" but By-line/Creator says \"Mario Tama\"", finding.Message);
    }

    [Fact]
    public void CreditMismatch_CreditLineNamingNobodyFromTheCaption_IsFound_AnAliasIsNot()
    {
        var findings = Run(new CreditMismatchCheck(), Authority,
            Entries.Make("a", ["Ringo Chiu"], ["AFP"], credit: "Ringo Chiu/AFP", creditLine: "Reuters"),
            Entries.Make("b", ["Ringo Chiu"], ["AFP"], credit: "Ringo Chiu/AFP", creditLine: "AFP/Getty Images"),
            Entries.Make("c", ["Jae C. Hong"], ["AP"], credit: "Jae C. Hong/AP", creditLine: "Associated Press"));

        Assert.Equal("a", Assert.Single(findings).Photos[0].Id);
    }

    [Fact]
    public void SpellingVariant_SuggestsTheCanonical_AndListsTheVariantPhotos()
    {
        var entries = new[] { "1", "2", "3", "4" }.Select(i => Entries.Credited(i, "Ringo Chiu", "AFP", "Getty Images"))
            .Append(Entries.Credited("5", "Ringo Ciu", "AFP", "Getty Images")).ToArray();

        var finding = Assert.Single(Run(new SpellingVariantCheck(), null, entries));

        Assert.Equal(("Ringo Ciu", "Ringo Chiu", "photographer"), (finding.Found, finding.Suggestion, finding.FixField));
        Assert.Equal("5", Assert.Single(finding.Photos).Id);
        Assert.Contains("\"Ringo Ciu\" (1 photo) looks like \"Ringo Chiu\" (4 photos)", finding.Message);
        Assert.StartsWith("spelling-variant-", finding.Id);
        Assert.Equal(finding.Id, Assert.Single(Run(new SpellingVariantCheck(), null, entries)).Id); // stable
    }

    [Fact]
    public void UnknownNames_AreReportedOnlyWithACreditsFile()
    {
        var entries = new[] { Entries.Credited("1", "Ringo Chiu", "AFP"), Entries.Credited("2", "Daniel Cole", "Reuters") };

        Assert.Empty(Run(new UnknownPhotographerCheck(), null, entries));
        Assert.Equal("Daniel Cole", Assert.Single(Run(new UnknownPhotographerCheck(), Authority, entries)).Found);
        Assert.Equal("Reuters", Assert.Single(Run(new UnknownAgencyCheck(), Authority, entries)).Found);
    }

    [Fact]
    public void AgencyAlias_SuggestsTheCanonicalName()
    {
        var finding = Assert.Single(Run(new AgencyAliasCheck(), Authority, Entries.Credited("1", "Jae C. Hong", "AP")));

        Assert.Equal(("AP", "Associated Press", "agency"), (finding.Found, finding.Suggestion, finding.FixField));
    }

    [Fact]
    public void WrongAffiliation_PhotographerCreditedToAnotherAgency()
    {
        var findings = Run(new WrongAffiliationCheck(), Authority,
            Entries.Credited("1", "Ringo Chiu", "Reuters"),
            Entries.Credited("2", "Ringo Chiu", "Agence France-Presse", "Getty Images"),
            Entries.Credited("3", "Daniel Cole", "Reuters"));

        var finding = Assert.Single(findings);
        Assert.Equal("1", finding.Photos[0].Id);
        Assert.Contains("Ringo Chiu is credited to Reuters", finding.Message);
    }

    public static TheoryData<string, string, string?, bool> Truncations => new()
    {
        // IIM holds the first 32 bytes of a longer XMP credit line
        { "Frederick-Christopher Montgomery", "Frederick-Christopher Montgomery/AFP via Getty Images", "Frederick-Christopher Montgomery/AFP via Getty Images", true },
        // cut on a UTF-8 boundary: 31 bytes, the next character (é) needs two
        { "Studio Photographiques de Montr", "Studio Photographiques de Montréal", "Studio Photographiques de Montréal", true },
        // exactly 32 bytes and nothing fuller anywhere: probably cut, full value missing
        { "Frederick-Christopher Montgomery", "Frederick-Christopher Montgomery", null, true },
        // a short value that fits: nothing to say
        { "Ringo Chiu/AFP", "Ringo Chiu/AFP", null, false },
    };

    [Theory]
    [MemberData(nameof(Truncations))]
    public void IimTruncated_FindsValuesCutAtTheLimit(string iim, string xmp, string? suggestion, bool expected)
    {
        var entry = Entries.Make("1", [], [], creditLine: xmp,
            iim: new Dictionary<string, IReadOnlyList<string>> { [PhotoFields.CreditLine] = [iim] });

        var findings = Run(new IimTruncatedCheck(), null, entry);

        Assert.Equal(expected, findings.Count == 1);
        if (expected) Assert.Equal(suggestion, findings[0].Suggestion);
    }

    [Theory]
    // the metadata reader's wording for a credit field
    [InlineData("IPTC credit_line is cut at 32 bytes; the full value is in XMP", true)]
    [InlineData("IPTC creators is cut at 32 bytes; the full value was taken from XMP", true)]
    // a generic truncation warning
    [InlineData("IIM By-line truncated at 32 bytes", true)]
    // a place field is not a credit
    [InlineData("IPTC city is cut at 32 bytes; the full value is in XMP", false)]
    public void IimTruncated_ReaderWarningAboutACutCredit_IsReported(string warning, bool expected)
    {
        var entry = Entries.Make("1", ["A B"], ["AFP"], warnings: [warning]);

        var findings = Run(new IimTruncatedCheck(), null, entry);

        Assert.Equal(expected, findings.Count == 1);
        if (expected) Assert.Contains(warning, findings[0].Message);
    }

    public static TheoryData<string, string, bool> Dates => new()
    {
        // the same day
        { "2025-06-14", "2025-06-14T10:00:00", false },
        // just after midnight on a camera set to another zone: within a day
        { "2025-06-14", "2025-06-15T00:30:00", false },
        // four days apart
        { "2025-06-14", "2025-06-10T12:00:00", true },
        // a month-precise caption covers every day of it
        { "2025-06", "2025-06-28T12:00:00", false },
        // a month-precise caption and a capture in the next month but one
        { "2025-06", "2025-08-02T12:00:00", true },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void DateMismatch_ComparesCaptionDateAndCaptureDay_WithOneDayTolerance(string caption, string captured, bool expected)
    {
        Assert.True(PartialDate.TryParseIso(caption, out var date));
        var entry = Entries.Make("1", ["A B"], ["AFP"], captionDate: date, captured: DateTime.Parse(captured, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Run(new DateMismatchCheck(), null, entry).Count == 1);
    }

    [Fact]
    public void Checker_OrdersBySeverity_AndMapsRulesToPhotos()
    {
        var entries = new[]
        {
            Entries.Make("a", [], []),
            Entries.Credited("b", "Ringo Chiu", "AFP"), Entries.Credited("c", "Ringo Chiu", "AFP"), Entries.Credited("d", "Ringo Ciu", "AFP"),
        };

        var report = new CreditChecker().Run(new CheckContext(entries));

        Assert.Equal(["missing-credit", "spelling-variant"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["spelling-variant"], report.RulesByPhoto()["d"]);
        Assert.True(report.HasAtLeast(FindingSeverity.Error));
        Assert.Same(report.Findings[1], report.FindById(report.Findings[1].Id.ToUpperInvariant()));
    }
}
