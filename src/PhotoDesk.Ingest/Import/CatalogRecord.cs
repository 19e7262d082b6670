namespace PhotoDesk.Ingest.Import;

/// <summary>
/// One record of a catalog export as read (before mapping): its line number, and field name (a
/// <see cref="Core.Photos.PhotoFields"/> name after <see cref="CatalogFieldNames.Normalize"/>) → values; or why the
/// record could not be read.
/// </summary>
public sealed record CatalogRecord(long Line, IReadOnlyDictionary<string, IReadOnlyList<string>>? Values, string? Error = null);
