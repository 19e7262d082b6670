using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Tui.State;

/// <summary>
/// How the results table is ordered. The index sorts by relevance and by date (doc values); the date column's
/// header toggles newest/oldest first.
/// </summary>
public static class ResultSort
{
    public static SearchSort Next(SearchSort current) => current switch
    {
        SearchSort.Relevance => SearchSort.DateDescending,
        SearchSort.DateDescending => SearchSort.DateAscending,
        _ => SearchSort.Relevance,
    };

    public static string Label(SearchSort sort) => sort switch
    {
        SearchSort.DateDescending => "date ↓",
        SearchSort.DateAscending => "date ↑",
        _ => "relevance",
    };
}
