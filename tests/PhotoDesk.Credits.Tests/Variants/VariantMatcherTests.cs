using PhotoDesk.Credits.Variants;
using Xunit;

namespace PhotoDesk.Credits.Tests.Variants;

public class VariantMatcherTests
{
    public static TheoryData<string, int, string, int, VariantReason?> Pairs => new()
    {
        // the seed's dropped letter
        { "Ringo Ciu", 1, "Ringo Chiu", 4, VariantReason.Spelling },
        // the seed's missing middle initial
        { "Jae Hong", 1, "Jae C. Hong", 4, VariantReason.MiddleInitial },
        // an extra initial with a dot-less spelling
        { "Jae C Hong", 1, "Jae Hong", 4, VariantReason.MiddleInitial },
        // two different initials are two people
        { "Jae C. Hong", 3, "Jae D. Hong", 3, null },
        // case only
        { "RINGO CHIU", 2, "Ringo Chiu", 4, VariantReason.CaseOrAccents },
        // accents only
        { "Etienne Laurent", 1, "Étienne Laurent", 5, VariantReason.CaseOrAccents },
        // swapped letters in a long surname
        { "Jim Vondurska", 1, "Jim Vondruska", 3, VariantReason.Spelling },
        // two edits in a long surname
        { "Barbara Davidsen", 1, "Barbara Davidsonn", 6, VariantReason.Spelling },
        // different first names: never
        { "Robyn Beck", 1, "Robin Beck", 5, null },
        { "Eric Thayer", 1, "Ethan Swope", 1, null },
        // same surname alone: never
        { "Daniel Cole", 3, "Nat Cole", 3, null },
        // same first name, different surname
        { "David Ryder", 2, "David Swanson", 2, null },
        // a changed first letter of the surname is another family
        { "Jae Hong", 1, "Jae Wong", 5, null },
        // two edits in a short surname
        { "Nick Ut", 1, "Nick Utah", 5, null },
        // both forms common: two established people, not a typo
        { "Jon Smith", 20, "Jon Smyth", 15, null },
        // single-word names are not compared
        { "Reuters", 1, "Reuter", 9, null },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Match_DecidesConservatively(string a, int countA, string b, int countB, VariantReason? expected)
    {
        var matcher = new VariantMatcher();

        Assert.Equal(expected, matcher.Match(new(a, countA), new(b, countB)));
        Assert.Equal(expected, matcher.Match(new(b, countB), new(a, countA)));
    }

    [Fact]
    public void Match_DisjointAgencies_KeepsNamesApart()
    {
        var matcher = new VariantMatcher();

        Assert.Null(matcher.Match(new("Ringo Ciu", 1, ["Reuters"]), new("Ringo Chiu", 4, ["AFP", "Getty Images"])));
        Assert.Equal(VariantReason.Spelling, matcher.Match(new("Ringo Ciu", 1, ["Getty Images"]), new("Ringo Chiu", 4, ["AFP", "Getty Images"])));
    }
}
