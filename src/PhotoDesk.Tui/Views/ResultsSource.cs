using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Tui.State;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// The table's rows, straight from <see cref="ResultPages"/>: only the rows on screen are asked for, and a row whose
/// page is still loading shows "…". Cell text is sanitised here, the one place metadata enters the table. The
/// header of the column the rows are sorted by carries an arrow (↑ ascending, ↓ descending).
/// </summary>
public sealed class ResultsSource(ResultPages pages) : ITableSource
{
    public static readonly string[] Names = ["Date", "Photographer", "Agency", "Place", "Headline / caption"];
    private readonly string[] _headers = Headers(pages.Request.Sort);

    public ResultPages Pages => pages;

    public object this[int row, int col]
    {
        get
        {
            var hit = pages.Get(row);
            return hit is null ? (col == 0 ? "…" : "") : Cell(hit.Entry, col);
        }
    }

    public string[] ColumnNames => _headers;
    public int Columns => Names.Length;
    public int Rows => (int)Math.Min(int.MaxValue, pages.Total);

    public static string Cell(PhotoEntry e, int col) => TerminalText.Sanitize(col switch
    {
        0 => e.Date?.ToIsoString() ?? e.Metadata.CaptureTime?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        1 => string.Join(", ", e.Photographers),
        2 => string.Join(", ", e.Agencies),
        3 => e.Place.City ?? e.Place.Country ?? e.Place.Region ?? e.Place.Sublocation ?? "", // as the index sorts: city, then country
        _ => Headline(e),
    });

    private static string[] Headers(SearchSort sort)
    {
        var headers = Names.ToArray();
        if (ResultSort.ColumnOf(sort) is { } column) headers[column] += " " + ResultSort.Arrow(sort);
        return headers;
    }

    private static string Headline(PhotoEntry e)
    {
        var text = !string.IsNullOrWhiteSpace(e.Metadata.Headline) ? e.Metadata.Headline : e.Caption.Description ?? e.Metadata.Description ?? Path.GetFileName(e.Path);
        return text.Length > 300 ? text[..300] : text;
    }
}
