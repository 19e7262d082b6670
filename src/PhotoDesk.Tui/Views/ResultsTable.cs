using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// The hits of the query: date, photographer, agency, place, headline or caption start. A virtual table over the
/// index (<see cref="ResultsSource"/>): scrolling a million hits reads only the pages on screen. Clicking a sortable
/// column's header (or its key, see <see cref="DeskKeys"/>) sorts by it, clicking again reverses
/// (<see cref="ResultSort"/>); the selected row drives the detail pane and preview.
/// </summary>
public sealed class ResultsTable : TableView
{
    private readonly DeskController _desk;
    private bool _updating;

    public ResultsTable(DeskController desk)
    {
        _desk = desk;
        Title = "Results";
        BorderStyle = LineStyle.Rounded;
        FullRowSelect = true;
        Style.ShowHorizontalHeaderOverline = false;
        Style.ShowHorizontalBottomLine = false;
        Style.ShowVerticalCellLineForFirstColumn = false;
        Style.ShowVerticalCellLineForLastColumn = false;
        Style.ExpandLastColumn = true;
        Style.AlwaysShowHeaders = true;
        SetWidths(Style);
        Table = new ResultsSource(desk.Results);

        ValueChanged += (_, e) =>
        {
            if (!_updating && e.NewValue is { } selection) _desk.Select(selection.SelectedCell.Y);
        };
        _desk.ResultsChanged += Reload;
    }

    private static void SetWidths(TableStyle style)
    {
        int[] max = [10, 18, 14, 14, ResultsSource.HeadlineLength];
        int[] min = [10, 8, 5, 6, 12];
        for (var i = 0; i < max.Length; i++)
        {
            var column = style.GetOrCreateColumnStyle(i);
            column.MaxWidth = max[i];
            column.MinWidth = min[i];
        }
    }

    /// <summary>The desk's results changed (new query, a page arrived): show them, keeping the desk's selected row.</summary>
    private void Reload()
    {
        _updating = true;
        try
        {
            if (Table is not ResultsSource current || !ReferenceEquals(current.Pages, _desk.Results))
            {
                Table = new ResultsSource(_desk.Results);
                if (_desk.Results.Total > 0) SetSelection(0, _desk.SelectedRow, false);
            }
            SetNeedsDraw();
        }
        finally
        {
            _updating = false;
        }
    }

    /// <summary>Home and End go to the first and last result (the table's own binding moves along the row, which a full-row table does not need).</summary>
    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.Home || key == Key.End)
        {
            if (key == Key.Home) MoveCursorToStartOfTable(false, null!);
            else MoveCursorToEndOfTable(false, null!);
            return true;
        }
        return base.OnKeyDown(key);
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) && mouse.Position is { } p)
        {
            ScreenToCell(p.X, p.Y, out int? headerColumn);
            if (headerColumn is { } column && ResultSort.ForColumn(column, _desk.Sort) is { } sort)
            {
                _desk.SetSort(sort);
                return true;
            }
        }
        return base.OnMouseEvent(mouse);
    }
}
