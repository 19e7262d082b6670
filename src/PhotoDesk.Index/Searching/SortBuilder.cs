using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Lucene sorts for <see cref="SearchSort"/>. Photos without a date come last in both directions: every document
/// carries an ascending and a descending (negated) key with <see cref="long.MaxValue"/> for "none", because
/// <c>SortField.MissingValue</c> cannot be set in this Lucene.Net version.
/// </summary>
internal static class SortBuilder
{
    public static Sort? For(SearchSort sort) => sort switch
    {
        SearchSort.DateAscending => new Sort(
            new SortField(IndexFields.DateSort, SortFieldType.INT64),
            new SortField(IndexFields.CaptureSort, SortFieldType.INT64),
            SortField.FIELD_SCORE),
        SearchSort.DateDescending => new Sort(
            new SortField(IndexFields.DateSortDescending, SortFieldType.INT64),
            new SortField(IndexFields.CaptureSortDescending, SortFieldType.INT64),
            SortField.FIELD_SCORE),
        SearchSort.PhotographerAscending => ByName(IndexFields.PhotographerSort, reverse: false),
        SearchSort.PhotographerDescending => ByName(IndexFields.PhotographerSort, reverse: true),
        SearchSort.AgencyAscending => ByName(IndexFields.AgencySort, reverse: false),
        SearchSort.AgencyDescending => ByName(IndexFields.AgencySort, reverse: true),
        SearchSort.PlaceAscending => ByName(IndexFields.PlaceSort, reverse: false),
        SearchSort.PlaceDescending => ByName(IndexFields.PlaceSort, reverse: true),
        _ => null,
    };

    /// <summary>By a name, then newest first.</summary>
    private static Sort ByName(string field, bool reverse) => new(
        new SortField(field, SortFieldType.STRING, reverse),
        new SortField(IndexFields.DateSortDescending, SortFieldType.INT64),
        SortField.FIELD_SCORE);
}
