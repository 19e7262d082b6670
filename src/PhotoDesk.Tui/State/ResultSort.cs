using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Tui.State;

/// <summary>
/// How the results table is ordered. The index sorts by relevance and, through doc values, by date, photographer,
/// agency and place (<see cref="SearchSort"/>); those are the table's first four columns. Choosing a column sorts by
/// it (date newest first, names A→Z), choosing it again reverses. The headline/caption column has no sort in the
/// index, so it is not sortable.
/// </summary>
public static class ResultSort
{
    /// <summary>The table's sortable columns, in column order: (first choice, reversed).</summary>
    private static readonly (SearchSort First, SearchSort Reversed)[] Columns =
    [
        (SearchSort.DateDescending, SearchSort.DateAscending),
        (SearchSort.PhotographerAscending, SearchSort.PhotographerDescending),
        (SearchSort.AgencyAscending, SearchSort.AgencyDescending),
        (SearchSort.PlaceAscending, SearchSort.PlaceDescending),
    ];

    /// <summary>How many leading columns of the table can be sorted.</summary>
    public static int SortableColumns => Columns.Length;

    /// <summary>The sort after choosing <paramref name="column"/>: that column, or reversed when it already sorts by it; null when the column cannot be sorted.</summary>
    public static SearchSort? ForColumn(int column, SearchSort current)
    {
        if (column < 0 || column >= Columns.Length) return null;
        var (first, reversed) = Columns[column];
        return current == first ? reversed : first;
    }

    /// <summary>The column <paramref name="sort"/> orders by, or null for relevance.</summary>
    public static int? ColumnOf(SearchSort sort)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].First == sort || Columns[i].Reversed == sort) return i;
        }
        return null;
    }

    /// <summary>The next sort of the cycle relevance → date → photographer → agency → place → relevance ('s').</summary>
    public static SearchSort Next(SearchSort current) => ColumnOf(current) switch
    {
        null => Columns[0].First,
        { } c when c + 1 < Columns.Length => Columns[c + 1].First,
        _ => SearchSort.Relevance,
    };

    /// <summary>↑ for ascending (oldest first, A→Z), ↓ for descending; empty for relevance.</summary>
    public static string Arrow(SearchSort sort) => sort switch
    {
        SearchSort.DateAscending or SearchSort.PhotographerAscending or SearchSort.AgencyAscending or SearchSort.PlaceAscending => "↑",
        SearchSort.Relevance => "",
        _ => "↓",
    };

    public static string Label(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => "relevance",
        SearchSort.DateDescending => "date ↓ newest",
        SearchSort.DateAscending => "date ↑ oldest",
        SearchSort.PhotographerAscending or SearchSort.PhotographerDescending => "photographer " + Arrow(sort),
        SearchSort.AgencyAscending or SearchSort.AgencyDescending => "agency " + Arrow(sort),
        _ => "place " + Arrow(sort),
    };
}
