namespace PhotoDesk.Index.Schema;

/// <summary>
/// The date sort of a photo as one number per direction: its day (the caption's date, else the capture day), then
/// its capture time to the second, packed into one long so one doc-values field sorts by both. Photos without a day
/// or a capture time come after those with one, in both directions (the missing part packs as its largest value),
/// since <c>SortField.MissingValue</c> cannot be set in this Lucene.Net version.
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

    /// <summary>Sorting ascending by this key gives newest first, undated last.</summary>
    public static long Descending(int? day, DateTime? capture) =>
        Pack(day is { } d ? NoDay - 1 - d : NoDay, capture is { } c ? NoSecond - 1 - Seconds(c) : NoSecond);

    private static long Seconds(DateTime local) => local.Ticks / TimeSpan.TicksPerSecond;

    private static long Pack(long day, long second) => (day << SecondBits) | second;
}
