namespace PhotoDesk.Tui.Views;

/// <summary>Every key of the desk, in one list: the help overlay shows it, and it is the contract the tests check.</summary>
public static class DeskKeys
{
    public static readonly IReadOnlyList<(string Keys, string Does)> All =
    [
        ("type", "search as you type (search syntax: by: agency: city: place: tag: date:)"),
        ("Enter", "search now (in the search bar)"),
        ("Up / Down", "previous / next query (in the search bar)"),
        ("/  Ctrl+F", "go to the search bar"),
        ("Tab  Shift+Tab", "next / previous area"),
        ("↑ ↓ PgUp PgDn", "move through results; scroll the detail"),
        ("Home  End", "first / last result"),
        ("1 2 3 4", "sort by date (newest first), photographer, agency, place (A→Z); the same key again reverses; the header shows ↑ or ↓ (or click the header)"),
        ("0", "sort by relevance (the headline / caption column has no sort in the index)"),
        ("s  F6", "next sort: relevance → date → photographer → agency → place"),
        ("F3", "show / hide the facets sidebar"),
        ("Enter", "on a facet: add it to the query as a filter"),
        ("t  F2", "tag the selected photo or every result"),
        ("c  F4", "credits view: name variants, fix, undo"),
        ("f  Enter", "in credits: fix the chosen variant (preview, then apply)"),
        ("u", "in credits: undo the last batch"),
        ("F5", "reload the index now"),
        ("F1  ?", "this help (↑ ↓ PgUp PgDn Home End and the wheel scroll it)"),
        ("Esc", "close a dialog or view; quit from the desk"),
        ("q  Ctrl+Q", "quit"),
        ("mouse", "click to select, wheel to scroll, double-click a facet"),
    ];
}
