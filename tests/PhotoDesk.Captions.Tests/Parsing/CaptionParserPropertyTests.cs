using CsCheck;
using PhotoDesk.Captions.Credits;
using PhotoDesk.Captions.Dates;
using PhotoDesk.Captions.Tests.Support;
using Xunit;

namespace PhotoDesk.Captions.Tests.Parsing;

public class CaptionParserPropertyTests
{
    private static readonly CaptionParser Parser = new(NoPlaceFinder.Instance);
    private static readonly DateOnly Reference = new(2025, 6, 16);

    // Text that stresses the scanners: credit punctuation, quotes, parentheses, digits, dates, control characters.
    private static readonly Gen<string> NastyText =
        Gen.Char["/().,:;-–—“”\"'©?! \n\tAPFREUTSGyimagesJune0123456789\u0000\u001B\u00A0é"].Array[0, 300].Select(c => new string(c));

    private static readonly Gen<string> BodySentence = Gen.OneOf(
        "Protesters march through downtown Los Angeles on Saturday.",
        "Mayor Karen Bass speaks with Gov. Gavin Newsom.",
        "Volunteers staff the shelter 24/7.",
        "People walk past a billboard for Getty Images.",
        "Reuters journalists cover the rally.",
        "A sign reads “No Kings.”",
        "Officers detain Marcos Leao outside the building on June 13.",
        "The curfew began at 8 p.m. on Tuesday, June 10.",
        "Residents must evacuate and/or shelter in place.",
        "Firefighters from Los Angeles County work the line.",
        "Jane Roe, 34, of Pasadena, holds a flag.",
        "Police said the AP reporter was unharmed.");

    // (credit as printed, photographers an archivist reads from it)
    private static readonly Gen<(string Credit, string[] Photographers)> Credit = Gen.OneOf(
        ("Ringo Chiu/AFP/Getty Images", new[] { "Ringo Chiu" }),
        ("(AP Photo/Jae C. Hong)", ["Jae C. Hong"]),
        ("REUTERS/Mike Blake", ["Mike Blake"]),
        ("(Photo by Frederic J. BROWN / AFP)", ["Frederic J. Brown"]),
        ("EPA-EFE/ALLISON DINNER", ["Allison Dinner"]),
        ("Photographer: Kyle Grillot/Bloomberg", ["Kyle Grillot"]),
        ("Bryan Anselm for The New York Times", ["Bryan Anselm"]),
        ("U.S. Army photo by Sgt. John Doe", ["John Doe"]),
        ("Gina Ferazzi/Los Angeles Times/Getty Images", ["Gina Ferazzi"]),
        ("Olivier Hoslet/Pool via REUTERS", ["Olivier Hoslet"]),
        ("", []));

    [Fact]
    public void Components_NeverThrow_OnArbitraryText()
    {
        Gen.String.Sample(s =>
        {
            _ = CreditLocator.Locate(s);
            _ = CreditLineParser.Parse(s);
            _ = CaptionDateFinder.Find(s, Reference);
        }, iter: 3000);
        NastyText.Sample(s =>
        {
            _ = CreditLocator.Locate(s);
            _ = CreditLineParser.Parse(s);
            _ = CaptionDateFinder.Find(s, Reference);
        }, iter: 3000);
    }

    [Theory]
    // wire embargoes repeated without end
    [InlineData("A OUT ")]
    // slashes without end
    [InlineData("Jane Doe/")]
    // sentences without end
    [InlineData("Protesters march on Saturday, June 14. ")]
    // parentheses without end
    [InlineData("(AP Photo/Jane Doe) ")]
    // capitals and commas
    [InlineData("LOS ANGELES, CALIFORNIA - ")]
    public void Parse_HugeRepetitiveCaption_FinishesWithASaneResult(string unit)
    {
        var caption = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));

        var facts = Parser.Parse(caption, Reference);

        Assert.True(facts.Credit is null || caption.Contains(facts.Credit, StringComparison.Ordinal));
        Assert.True(facts.Photographers.Count <= 2);
    }

    [Fact]
    public void Parse_ArbitraryText_CreditIsAPartOfTheCaptionOutsideTheDescription()
    {
        NastyText.Sample(s =>
        {
            var facts = Parser.Parse(s, Reference);
            if (facts.Credit is null) return true;
            if (!s.Contains(facts.Credit, StringComparison.Ordinal)) return false;
            if (facts.Description is not { } description) return true;
            // The credit sits after the description (a trailing credit) or before it (a credit line on top), never inside.
            var descriptionStart = s.IndexOf(description, StringComparison.Ordinal);
            return descriptionStart >= 0 &&
                   (s.LastIndexOf(facts.Credit, StringComparison.Ordinal) >= descriptionStart + description.Length ||
                    s.IndexOf(facts.Credit, StringComparison.Ordinal) + facts.Credit.Length <= descriptionStart);
        }, iter: 5000);
    }

    [Fact]
    public void Parse_BodyPlusCredit_ReadsExactlyTheCreditsPhotographers()
    {
        Gen.Select(BodySentence.Array[1, 4], Credit, Gen.OneOf(" ", "\n", " ")).Sample((body, credit, separator) =>
        {
            var text = string.Join(' ', body);
            var caption = credit.Credit.Length == 0 ? text : text + separator + credit.Credit;
            var facts = Parser.Parse(caption, Reference);

            Assert.Equal(credit.Photographers, facts.Photographers);
            if (credit.Credit.Length == 0) Assert.Null(facts.Credit);
            else Assert.Equal(credit.Credit.Trim('(', ')'), facts.Credit);
            Assert.Equal(text, facts.Description);
        }, iter: 2000);
    }

    [Fact]
    public void Parse_AnyCaption_PhotographerWordsComeFromTheCredit()
    {
        Gen.Select(BodySentence.Array[0, 4], Credit).Sample((body, credit) =>
        {
            var caption = string.Join(' ', body) + " " + credit.Credit;
            var facts = Parser.Parse(caption, Reference);
            foreach (var word in facts.Photographers.SelectMany(p => p.Split(' ')))
                if (!(facts.Credit ?? "").Contains(word, StringComparison.OrdinalIgnoreCase)) return false;
            return true;
        }, iter: 2000);
    }
}
