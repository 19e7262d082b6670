using System.Collections.ObjectModel;
using PhotoDesk.Core.Text;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// Top photographers, agencies, places, months and tags among the hits, with counts (from the index's doc values).
/// Enter (or a double click) on a value adds it to the query as a filter.
/// </summary>
public sealed class FacetsSidebar : View
{
    private static readonly (string Field, string Heading)[] Groups =
    [
        ("photographer", "Photographers"), ("agency", "Agencies"), ("city", "Places"), ("country", "Countries"),
        ("date", "Dates"), ("keyword", "Tags"),
    ];

    private readonly DeskController _desk;
    private readonly ListView _list;
    private readonly List<(string Field, string Value)?> _rows = [];

    public FacetsSidebar(DeskController desk)
    {
        _desk = desk;
        Title = "Facets";
        BorderStyle = LineStyle.Rounded;
        CanFocus = true;
        _list = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        Add(_list);
        _list.KeyDown += (_, key) =>
        {
            if (key != Terminal.Gui.Input.Key.Enter) return;
            if (Chosen() is { } filter) FilterChosen?.Invoke(filter.Field, filter.Value);
            key.Handled = true;
        };
        _list.Accepting += (_, e) =>
        {
            if (Chosen() is { } filter) FilterChosen?.Invoke(filter.Field, filter.Value);
            e.Handled = true;
        };
        _desk.FacetsChanged += Reload;
        // Lines are fitted to the width: shown again at a new width (F3 on a narrow screen, a resize).
        FrameChanged += (_, _) =>
        {
            if (Viewport.Width == _fittedWidth) return;
            Reload();
        };
    }

    private int _fittedWidth = -1;

    /// <summary>Raised with the facet field and value the person chose.</summary>
    public event Action<string, string>? FilterChosen;

    public void FocusList() => _list.SetFocus();

    /// <summary>The row of the list that is selected (headings included), or null.</summary>
    public int? SelectedRow => _list.Value;

    /// <summary>The lines as shown (tests).</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    private (string Field, string Value)? Chosen() =>
        _list.Value is { } i && i >= 0 && i < _rows.Count ? _rows[i] : null;

    private void Reload()
    {
        _fittedWidth = Viewport.Width;
        var width = Math.Max(12, Viewport.Width);
        var lines = new List<string>();
        _rows.Clear();
        foreach (var (field, heading) in Groups)
        {
            if (!_desk.Facets.TryGetValue(field, out var counts) || counts.Count == 0) continue;
            lines.Add(heading);
            _rows.Add(null);
            foreach (var c in counts)
            {
                var count = c.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                var name = StyledText.Fit(TerminalText.Sanitize(c.Value), Math.Max(1, width - count.Length - 3));
                lines.Add(" " + name.PadRight(width - count.Length - 2) + count);
                _rows.Add((field, c.Value));
            }
        }
        Lines = lines;
        var selected = _list.Value;
        _list.SetSource(new ObservableCollection<string>(lines));
        if (lines.Count > 0) _list.Value = selected is { } s && s < lines.Count ? s : 0;
    }
}
