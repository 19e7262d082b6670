namespace PhotoDesk.SampleArchive.Gallery;

/// <summary>
/// One gallery photo as the seed article published it: the caption exactly as printed (credit errors included)
/// and the facts a careful reader takes from it (<c>expected</c> in seed-gallery.jsonl).
/// </summary>
/// <param name="Number">1-based position in the gallery (the line of seed-gallery.jsonl).</param>
/// <param name="Caption">The caption text, never altered.</param>
/// <param name="ReferenceDate">The day the caption was written; weekday names in it refer back from this day.</param>
/// <param name="Photographers">Photographers as the credit spells them (including the seed's misspellings).</param>
/// <param name="Agencies">Agencies in credit order, e.g. <c>AFP</c>, <c>Getty Images</c>.</param>
/// <param name="Date">The date the caption states: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, or empty when it states none.</param>
/// <param name="City">The city the caption states, or empty.</param>
/// <param name="Region">The region the caption states (only "Paramount, California" does), or empty.</param>
public sealed record SeedPhoto(
    int Number,
    string Caption,
    DateOnly ReferenceDate,
    IReadOnlyList<string> Photographers,
    IReadOnlyList<string> Agencies,
    string Date,
    string City,
    string Region);
