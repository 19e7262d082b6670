using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Tui.Editing;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// The desk's screen: search bar on top, facets at the left, the results, the preview and the detail, the status
/// line; help, tagging, credits and the fix preview open over it. It only arranges its areas and routes the desk's
/// keys; each area is its own view and the state lives in <see cref="DeskController"/>.
/// </summary>
public sealed class DeskWindow : Window
{
    private readonly DeskController _desk;
    private readonly CreditsModel _credits;
    private bool? _wide;
    private bool _facetsShown;
    private bool _facetsChosen;

    public DeskWindow(DeskController desk, CreditsModel credits, DeskEditor editor, ThumbnailStore thumbnails, IUiThread ui, bool trueColor)
    {
        _desk = desk;
        _credits = credits;
        Title = "PhotoDesk";
        BorderStyle = LineStyle.None;
        SearchBar = new SearchBar(desk) { X = 0, Y = 0, Width = Dim.Fill() };
        Facets = new FacetsSidebar(desk);
        Results = new ResultsTable(desk);
        Preview = new PreviewView(thumbnails, ui, desk.Tasks, trueColor);
        Detail = new DetailPane();
        Status = new DeskStatusBar(desk) { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill() };
        Help = new HelpOverlay();
        Tagging = new TagDialog(desk, editor, ui);
        Credits = new CreditsView(desk, credits, editor, ui) { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1) };
        Fix = new FixDialog(desk, editor, ui);
        Add(SearchBar, Facets, Results, Preview, Detail, Status, Credits, Tagging, Fix, Help);

        Facets.FilterChosen += (field, value) =>
        {
            var query = _desk.AddFilter(field, value);
            SearchBar.SetQuery(query, search: false);
            SearchBar.History.Add(query);
        };
        _desk.SelectionChanged += ShowSelected;
        Credits.FixRequested += OpenFix;
        Credits.Changed += RecheckCredits;
        Fix.Applied += RecheckCredits;
        Tagging.Closed += () => Results.SetFocus();
        Fix.Closed += () => { if (Credits.Visible) Credits.SetFocus(); };
        Credits.Closed += () => Results.SetFocus();
        FrameChanged += (_, _) => Arrange();
    }

    public SearchBar SearchBar { get; }
    public FacetsSidebar Facets { get; }
    public ResultsTable Results { get; }
    public PreviewView Preview { get; }
    public DetailPane Detail { get; }
    public DeskStatusBar Status { get; }
    public HelpOverlay Help { get; }
    public TagDialog Tagging { get; }
    public CreditsView Credits { get; }
    public FixDialog Fix { get; }

    /// <summary>Called when the credit checks finished (again): refresh what shows findings.</summary>
    public void CreditsLoaded()
    {
        if (Credits.Visible) Credits.Reload();
        ShowSelected();
    }

    /// <summary>Re-runs the credit checks after a batch; set by the app, which owns the background work.</summary>
    public Action? RecheckRequested { get; set; }

    private void RecheckCredits() => RecheckRequested?.Invoke();

    private void ShowSelected()
    {
        var hit = _desk.Selected;
        Detail.Show(hit, _credits.FindingsFor(hit?.Entry.Id));
        Preview.Show(hit?.Entry.ThumbnailKey);
    }

    private void OpenFix()
    {
        if (Credits.Chosen is not { } row) return;
        Fix.Open(row, _credits.PhotosNaming(row.Variant.Name));
    }

    /// <summary>
    /// Wide screens (≥ 120 columns): facets | results | preview over detail. Narrow ones (80×24): results above,
    /// preview and detail below; facets only when asked for (F3).
    /// </summary>
    private void Arrange()
    {
        var w = Viewport.Width;
        var h = Viewport.Height;
        if (w <= 0 || h <= 0) return;
        var wide = w >= 120;
        if (!_facetsChosen) _facetsShown = w >= 100;
        var facetsWidth = _facetsShown ? (wide ? 28 : 24) : 0;
        var body = Math.Max(3, h - 3); // search bar (2) and status (1)
        Facets.Visible = _facetsShown;
        Facets.X = 0; Facets.Y = 2; Facets.Width = facetsWidth; Facets.Height = body;
        if (wide)
        {
            var side = Math.Min(64, Math.Max(40, w / 3));
            Results.X = facetsWidth; Results.Y = 2; Results.Width = w - facetsWidth - side; Results.Height = body;
            var previewHeight = Math.Min(body / 2, side * 2 / 5 + 2);
            Preview.X = w - side; Preview.Y = 2; Preview.Width = side; Preview.Height = previewHeight;
            Detail.X = w - side; Detail.Y = 2 + previewHeight; Detail.Width = side; Detail.Height = body - previewHeight;
        }
        else
        {
            var top = Math.Max(5, body / 2);
            var previewWidth = Math.Min(30, Math.Max(18, (w - facetsWidth) / 4));
            Results.X = facetsWidth; Results.Y = 2; Results.Width = w - facetsWidth; Results.Height = top;
            Preview.X = facetsWidth; Preview.Y = 2 + top; Preview.Width = previewWidth; Preview.Height = body - top;
            Detail.X = facetsWidth + previewWidth; Detail.Y = 2 + top; Detail.Width = w - facetsWidth - previewWidth; Detail.Height = body - top;
        }
        _wide = wide;
        if (Help.Visible) Help.Fit(w, h);
    }

    public bool IsWide => _wide == true;

    private bool Typing => MostFocused is TextField;

    /// <summary>The desk's keys (see <see cref="DeskKeys"/>), seen before any view; true when handled.</summary>
    public bool HandleKey(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Help.Visible)
        {
            if (key == Key.Esc || key == Key.F1 || IsChar(key, '?') || IsChar(key, 'q')) { Help.Visible = false; SetNeedsDraw(); }
            else Help.HandleScrollKey(key);
            return true;
        }
        if (key == Key.F1 || (!Typing && IsChar(key, '?')))
        {
            Help.Fit(Viewport.Width, Viewport.Height);
            Help.Visible = true;
            Help.SetFocus();
            return true;
        }
        if (Fix.Visible) { if (key == Key.Esc) { Fix.Close(); return true; } return false; }
        if (Tagging.Visible) { if (key == Key.Esc) { Tagging.Close(); return true; } return false; }
        if (Credits.Visible)
        {
            if (key == Key.Esc || key == Key.F4) { Credits.Close(); return true; }
            if (IsChar(key, 'f')) { OpenFix(); return true; }
            if (IsChar(key, 'u')) { Credits.UndoLast(); return true; }
            return false;
        }
        if (SearchBar.HandleHistoryKey(key)) return true;
        if (key == Key.F.WithCtrl || (!Typing && IsChar(key, '/'))) { SearchBar.FocusField(); return true; }
        if (key == Key.F2 || (!Typing && IsChar(key, 't'))) { Tagging.Open(); return true; }
        if (key == Key.F4 || (!Typing && IsChar(key, 'c')))
        {
            Credits.Open();
            if (!_credits.Loaded) RecheckRequested?.Invoke();
            return true;
        }
        if (key == Key.F3) { _facetsChosen = true; _facetsShown = !_facetsShown; Arrange(); return true; }
        if (key == Key.F5) { _desk.RefreshNow(); return true; }
        if (key == Key.F6 || (!Typing && IsChar(key, 's'))) { _desk.SetSort(ResultSort.Next(_desk.Sort)); return true; }
        if (!Typing && ColumnSort(key) is { } sort) { _desk.SetSort(sort); return true; }
        if (key == Key.Q.WithCtrl || (!Typing && IsChar(key, 'q'))) { App?.RequestStop(); return true; }
        return false;
    }

    /// <summary>'1'–'4' sort by the table's column of that number (again: reversed), '0' by relevance.</summary>
    private SearchSort? ColumnSort(Key key)
    {
        if (IsChar(key, '0')) return SearchSort.Relevance;
        for (var column = 0; column < ResultSort.SortableColumns; column++)
        {
            if (IsChar(key, (char)('1' + column))) return ResultSort.ForColumn(column, _desk.Sort);
        }
        return null;
    }

    private static bool IsChar(Key key, char c) => !key.IsCtrl && !key.IsAlt && key.AsRune.Value == c;
}
