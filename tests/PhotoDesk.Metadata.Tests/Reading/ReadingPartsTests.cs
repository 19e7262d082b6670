using PhotoDesk.Metadata.Reading;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Table-driven tests of the small parsers the reader is made of.</summary>
public sealed class ReadingPartsTests
{
    [Theory]
    // one name
    [InlineData("Ann Smith", new[] { "Ann Smith" })]
    // MWG "; " separator
    [InlineData("Ann Smith; Bo Lee", new[] { "Ann Smith", "Bo Lee" })]
    // a quoted item keeps its "; "
    [InlineData("\"Smith; Jones\"; Bo", new[] { "Smith; Jones", "Bo" })]
    // doubled quotes inside a quoted item
    [InlineData("\"Ann \"\"AJ\"\" Smith\"", new[] { "Ann \"AJ\" Smith" })]
    // a semicolon without a space is not a separator
    [InlineData("Smith;Jones", new[] { "Smith;Jones" })]
    public void MwgStringList_Split_FollowsExiftool(string text, string[] expected)
    {
        Assert.Equal(expected, MwgStringList.Split(text));
    }

    [Theory]
    // decimal minutes, north
    [InlineData("47,22.5N", 47.375)]
    // degrees, minutes, seconds, west
    [InlineData("8,32,30W", -8.541666666)]
    // south
    [InlineData("33,51.408S", -33.8568)]
    // no hemisphere letter: not an XMP GPSCoordinate
    [InlineData("47.375", null)]
    // garbage
    [InlineData("north,east", null)]
    public void XmpGpsCoordinate_Parses(string text, double? expected)
    {
        var value = XmpMapper.ParseCoordinate(text);
        if (expected is null) Assert.Null(value);
        else Assert.Equal(expected.Value, value!.Value, 5);
    }

    [Theory]
    // internal subset with an entity
    [InlineData("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'v'>]><x/>", "<?xml version='1.0'?><x/>")]
    // external DTD, no subset
    [InlineData("<!DOCTYPE x SYSTEM 'http://example.org/x.dtd'><x/>", "<x/>")]
    public void RemoveDoctype_DropsTheDeclarationAndWarns(string text, string expected)
    {
        var warnings = new List<string>();

        Assert.Equal(expected, XmpPacketParser.RemoveDoctype(text, "test", warnings));
        Assert.Single(warnings);
    }

    [Theory]
    // valid UTF-8
    [InlineData(new byte[] { 0x5A, 0xC3, 0xBC, 0x72 }, "Zür")]
    // Latin-1 ü
    [InlineData(new byte[] { 0x5A, 0xFC, 0x72 }, "Zür")]
    // Windows-1252 curly quote and euro sign
    [InlineData(new byte[] { 0x92, 0x80 }, "\u2019\u20AC")]
    public void LegacyText_DecodeGuessing_PrefersUtf8ThenWindows1252(byte[] bytes, string expected)
    {
        Assert.Equal(expected, LegacyText.DecodeGuessing(bytes));
    }

    [Theory]
    // too short
    [InlineData("2025061")]
    // month 13
    [InlineData("20251301")]
    // 31 June
    [InlineData("20250631")]
    public void IimDate_Invalid_IsRejected(string text)
    {
        Assert.False(IimMapper.TryParseIimDate(text, out _));
    }

    [Theory]
    // year only
    [InlineData("2025", "2025")]
    // month precision
    [InlineData("2025-06", "2025-06")]
    // with a time and zone: the date part
    [InlineData("2019-10-16T19:01:00+00:00", "2019-10-16")]
    // EXIF-style colons, as some writers put them in XMP
    [InlineData("2019:10:16 19:01:00", "2019-10-16")]
    public void XmpDate_KeepsThePrecisionOfItsDatePart(string text, string iso)
    {
        Assert.True(XmpMapper.TryParseXmpDate(text, out var date));
        Assert.Equal(iso, date.ToIsoString());
    }
}
