using PhotoDesk.Core.Time;
using Xunit;

namespace PhotoDesk.Core.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-06-14", "2025-06-14", DatePrecision.Day)]
    [InlineData("2025-06", "2025-06", DatePrecision.Month)]
    [InlineData("2025", "2025", DatePrecision.Year)]
    // IIM 2:55 stores CCYYMMDD
    [InlineData("20250614", "2025-06-14", DatePrecision.Day)]
    public void TryParseIso_ValidForms_KeepPrecision(string text, string iso, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParseIso(text, out var d));
        Assert.Equal(iso, d.ToIsoString());
        Assert.Equal(precision, d.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("June 14")]
    [InlineData("0000-01-01")]
    public void TryParseIso_Invalid_ReturnsFalse(string text)
    {
        Assert.False(PartialDate.TryParseIso(text, out _));
    }

    [Fact]
    public void Month_CoversEveryDayOfThatMonthOnly()
    {
        var june = PartialDate.OfMonth(2025, 6);
        Assert.True(june.Covers(new DateOnly(2025, 6, 30)));
        Assert.False(june.Covers(new DateOnly(2025, 7, 1)));
        Assert.Equal(new DateOnly(2025, 6, 30), june.End);
    }
}
