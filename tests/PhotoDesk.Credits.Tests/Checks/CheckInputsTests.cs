using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.Credits.Checks;
using Xunit;

namespace PhotoDesk.Credits.Tests.Checks;

public sealed class CheckInputsTests
{
    private static readonly PhotoEntry Before = Entries.Make("p1", ["Ringo Ciu"], ["AFP"], creators: ["Ringo Ciu"], credit: "Ringo Ciu/AFP",
        creditLine: "AFP via Getty Images", iim: new Dictionary<string, IReadOnlyList<string>>
        {
            [PhotoFields.Creators] = ["Ringo Ciu"],
            [PhotoFields.Keywords] = ["protest"],
        }) with { Keywords = ["protest"], FileSize = 1000, Findings = ["spelling-variant"] };

    [Fact]
    public void Tagging_changes_nothing_a_check_reads()
    {
        var tagged = Before with
        {
            Keywords = ["protest", "los angeles"],
            FileSize = 1200, // an embedded write changes the file
            Modified = Before.Modified.AddMinutes(3),
            Provenance = new Dictionary<string, MetadataSource> { ["keywords"] = MetadataSource.Xmp },
            Metadata = Before.Metadata with
            {
                Keywords = ["protest", "los angeles"],
                IimValues = new Dictionary<string, IReadOnlyList<string>>
                {
                    [PhotoFields.Creators] = ["Ringo Ciu"],
                    [PhotoFields.Keywords] = ["protest", "los angeles"],
                },
            },
        };
        Assert.False(CheckInputs.Changed(Before, tagged));
        Assert.False(CheckInputs.Changed(Before, Before with { }));
    }

    public static TheoryData<string, Func<PhotoEntry, PhotoEntry>> CreditChanges => new()
    {
        { "photographer", e => e with { Photographers = ["Ringo Chiu"] } },
        { "creator", e => e with { Metadata = e.Metadata with { Creators = ["Ringo Chiu"] } } },
        { "credit line", e => e with { Metadata = e.Metadata with { CreditLine = "AFP" } } },
        { "caption credit", e => e with { Caption = e.Caption with { Credit = "Ringo Chiu/AFP" } } },
        { "caption text", e => e with { Metadata = e.Metadata with { Description = "Protesters march. (Ringo Chiu/AFP)" } } },
        { "IIM by-line", e => e with { Metadata = e.Metadata with { IimValues = new Dictionary<string, IReadOnlyList<string>> { [PhotoFields.Creators] = ["Ringo Chiu"] } } } },
        { "capture time", e => e with { Metadata = e.Metadata with { CaptureTime = new CaptureTime(new DateTime(2025, 6, 14, 9, 0, 0), null) } } },
        { "warnings", e => e with { Metadata = e.Metadata with { Warnings = ["creators: IIM value cut at 32 bytes"] } } },
    };

    [Theory]
    [MemberData(nameof(CreditChanges))]
    public void A_change_to_what_a_check_reads_is_seen(string what, Func<PhotoEntry, PhotoEntry> change)
    {
        Assert.True(CheckInputs.Changed(Before, change(Before)), what);
    }
}
