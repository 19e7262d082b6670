namespace PhotoDesk.Index.Schema;

/// <summary>
/// The schema version written into every commit's user data. An index with another version (or none) is not
/// misread: the writer clears and rebuilds it, a searcher says "run photodesk reindex".
/// </summary>
public static class IndexFormat
{
    /// <summary>Bump whenever fields, analysis or the stored JSON change incompatibly.</summary>
    /// <remarks>
    /// 2: content hashes are XXH128 (were SHA-256), so moves are recognised against the new values.
    /// 3: the file stamp is one doc value (<see cref="StampValue"/>, was five) and the date sort one per direction
    /// (<see cref="DateOrder"/>, was two).
    /// 4: one date-order doc value for both directions (was one per direction); <c>file_size</c> indexed only when
    /// known (catalog records had 0).
    /// </remarks>
    public const int Current = 4;

    internal const string VersionKey = "photodesk.format";
    internal const string LastIngestKey = "photodesk.last_ingest";

    internal static int? ReadVersion(IDictionary<string, string>? userData) =>
        userData is not null && userData.TryGetValue(VersionKey, out var v) && int.TryParse(v, out var n) ? n : null;

    internal static DateTimeOffset? ReadLastIngest(IDictionary<string, string>? userData) =>
        userData is not null && userData.TryGetValue(LastIngestKey, out var v)
        && DateTimeOffset.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var t)
            ? t
            : null;
}
