using CsCheck;
using PhotoDesk.Index.Schema;
using Xunit;

namespace PhotoDesk.Index.Tests.Schema;

public sealed class DateOrderTests
{
    private static readonly Gen<int?> Day = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Nullable();
    private static readonly Gen<DateTime?> Capture =
        Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks].Select(t => new DateTime(t)).Nullable();

    /// <summary>The order the packed key must give: by day, then capture second; a missing part after every value.</summary>
    private static int Expected(int? dayA, DateTime? capA, int? dayB, DateTime? capB, bool newestFirst)
    {
        static int Part(long? a, long? b, bool reverse) =>
            a is null ? (b is null ? 0 : 1) : b is null ? -1 : (reverse ? b.Value.CompareTo(a.Value) : a.Value.CompareTo(b.Value));
        static long? Seconds(DateTime? t) => t is { } v ? v.Ticks / TimeSpan.TicksPerSecond : null;
        var byDay = Part(dayA, dayB, newestFirst);
        return byDay != 0 ? byDay : Part(Seconds(capA), Seconds(capB), newestFirst);
    }

    [Fact]
    public void Ascending_keys_order_by_day_then_capture_with_missing_parts_last()
    {
        Gen.Select(Day, Capture, Day, Capture).Sample((dayA, capA, dayB, capB) =>
            Math.Sign(DateOrder.Ascending(dayA, capA).CompareTo(DateOrder.Ascending(dayB, capB)))
            == Math.Sign(Expected(dayA, capA, dayB, capB, newestFirst: false)));
    }

    [Fact]
    public void Descending_keys_order_newest_first_with_missing_parts_still_last()
    {
        Gen.Select(Day, Capture, Day, Capture).Sample((dayA, capA, dayB, capB) =>
            Math.Sign(DateOrder.Descending(dayA, capA).CompareTo(DateOrder.Descending(dayB, capB)))
            == Math.Sign(Expected(dayA, capA, dayB, capB, newestFirst: true)));
    }

    [Fact]
    public void Reversing_a_key_twice_gives_it_back_and_undated_stays_undated()
    {
        Gen.Select(Day, Capture).Sample((day, capture) =>
            DateOrder.Reverse(DateOrder.Reverse(DateOrder.Ascending(day, capture))) == DateOrder.Ascending(day, capture));
        Assert.Equal(DateOrder.Undated, DateOrder.Reverse(DateOrder.Undated));
        Assert.Equal(DateOrder.Undated, DateOrder.Ascending(null, null));
    }

    [Fact]
    public void Same_day_photos_order_by_capture_time_and_undated_ones_come_last()
    {
        var day = new DateOnly(2025, 6, 14).DayNumber;
        var morning = DateOrder.Ascending(day, new DateTime(2025, 6, 14, 9, 0, 0));
        var evening = DateOrder.Ascending(day, new DateTime(2025, 6, 14, 21, 0, 0));
        var noTime = DateOrder.Ascending(day, null);
        var undated = DateOrder.Ascending(null, null);
        Assert.True(morning < evening && evening < noTime && noTime < undated);
        Assert.True(DateOrder.Descending(day, new DateTime(2025, 6, 14, 21, 0, 0)) < DateOrder.Descending(day, new DateTime(2025, 6, 14, 9, 0, 0)));
        Assert.True(DateOrder.Descending(day + 1, null) < DateOrder.Descending(day, null));
        Assert.True(DateOrder.Descending(day, null) < DateOrder.Descending(null, null));
    }
}
