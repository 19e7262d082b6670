using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Lucene sorts for <see cref="SearchSort"/>. Photos without a date come last in both directions: see
/// <see cref="DateOrder"/>.
/// </summary>
internal static class SortBuilder
{
    public static Sort? For(SearchSort sort) => sort switch
    {
        SearchSort.DateAscending => new Sort(new SortField(IndexFields.DateOrder, SortFieldType.INT64), SortField.FIELD_SCORE),
        SearchSort.DateDescending => new Sort(NewestFirst, SortField.FIELD_SCORE),
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
        NewestFirst,
        SortField.FIELD_SCORE);

    private static SortField NewestFirst => new(IndexFields.DateOrder, NewestFirstComparerSource.Instance);
}
