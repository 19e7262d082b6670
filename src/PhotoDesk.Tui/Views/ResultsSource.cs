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

    /// <summary>Longest headline shown: wider than the table can be, short enough to measure fast on every draw.</summary>
    public const int HeadlineLength = 160;

    /// <summary>
    /// The rows' cells, made once: the table asks for every visible cell several times per draw (widths, then the
    /// text), and sanitising and measuring long captions each time was most of a redraw. The rows of one query do
    /// not change (a refreshed index brings a new source), so a row's cells stay valid; the cache holds a few pages.
    /// </summary>
    private readonly Dictionary<int, string[]> _cells = [];

    public object this[int row, int col]
    {
        get
        {
            if (_cells.TryGetValue(row, out var cached)) return cached[col];
            var hit = pages.Get(row);
            if (hit is null) return col == 0 ? "…" : "";
            if (_cells.Count >= ResultPages.PageSize * ResultPages.MaxPages) _cells.Clear();
            var cells = new string[Names.Length];
            for (var c = 0; c < cells.Length; c++) cells[c] = Cell(hit.Entry, c);
            _cells[row] = cells;
            return cells[col];
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

    /// <summary>The headline (else the caption, else the file name), sanitised, then cut: never a cut escape sequence or surrogate pair.</summary>
    private static string Headline(PhotoEntry e)
    {
        var text = TerminalText.Sanitize(!string.IsNullOrWhiteSpace(e.Metadata.Headline) ? e.Metadata.Headline : e.Caption.Description ?? e.Metadata.Description ?? Path.GetFileName(e.Path));
        if (text.Length <= HeadlineLength) return text;
        var cut = char.IsHighSurrogate(text[HeadlineLength - 1]) ? HeadlineLength - 1 : HeadlineLength;
        return text[..cut];
    }
}
