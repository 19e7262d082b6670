namespace PhotoDesk.Index.Schema;

/// <summary>
/// The date sort of a photo as one number: its day (the caption's date, else the capture day), then its capture time
/// to the second, packed into one long so one doc-values field sorts by both. Photos without a day or a capture time
/// come after those with one, in both directions: the missing part packs as its largest value, and newest-first
/// sorts by <see cref="Reverse"/> of the same number (<see cref="Searching.NewestFirstComparerSource"/>), which keeps
/// a missing part largest. One field instead of one per direction: Lucene.Net measures a numeric doc-values
/// writer's memory by reflection for every document it gets, so each such field costs import about 3 % of its CPU.
/// </summary>
internal static class DateOrder
{
    private const int SecondBits = 39; // seconds since 0001-01-01 up to 9999-12-31 (3.2e11 < 2^39)
    private const int DayBits = 22; // DateOnly day numbers up to 9999-12-31 (3,652,058 < 2^22)
    private const long NoDay = (1L << DayBits) - 1;
    private const long NoSecond = (1L << SecondBits) - 1;

    /// <param name="day">A <see cref="DateOnly.DayNumber"/>, or null.</param>
    /// <param name="capture">The local capture time, or null.</param>
    public static long Ascending(int? day, DateTime? capture) =>
        Pack(day ?? NoDay, capture is { } c ? Seconds(c) : NoSecond);

    /// <summary>The key of an undated photo without a capture time (what a document without the field sorts as).</summary>
    public static long Undated { get; } = Pack(NoDay, NoSecond);

    /// <summary>Sorting ascending by this key gives newest first, undated last.</summary>
    public static long Descending(int? day, DateTime? capture) => Reverse(Ascending(day, capture));

    /// <summary>
    /// The newest-first key of an <see cref="Ascending"/> key: day and second each counted down from their largest
    /// value, a missing part (packed as the largest value) left as it is, so it still sorts last.
    /// </summary>
    public static long Reverse(long ascending)
    {
        var day = ascending >>> SecondBits;
        var second = ascending & NoSecond;
        return Pack(day == NoDay ? NoDay : NoDay - 1 - day, second == NoSecond ? NoSecond : NoSecond - 1 - second);
    }

    private static long Seconds(DateTime local) => local.Ticks / TimeSpan.TicksPerSecond;

    private static long Pack(long day, long second) => (day << SecondBits) | second;
}
