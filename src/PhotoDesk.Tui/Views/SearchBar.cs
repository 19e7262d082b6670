using PhotoDesk.Core.Text;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// The query line (search's syntax: <c>by:</c>, <c>city:</c>, <c>date:[… TO …]</c>, …): results as you type, at once
/// on Enter; Up/Down walk the history. The line below says how many photos matched, or what is wrong with the query.
/// </summary>
public sealed class SearchBar : View
{
    private readonly DeskController _desk;
    private readonly SearchHistory _history = new();
    private readonly TextField _field;
    private readonly Label _info;
    private bool _settingText;

    public SearchBar(DeskController desk)
    {
        _desk = desk;
        Height = 2;
        CanFocus = true;
        var prompt = new Label { Text = "Search:", X = 0, Y = 0 };
        _field = new TextField { X = Pos.Right(prompt) + 1, Y = 0, Width = Dim.Fill() };
        _info = new Label { X = 0, Y = 1, Width = Dim.Fill(), Text = "" };
        Add(prompt, _field, _info);

        _field.ValueChanged += (_, _) =>
        {
            if (!_settingText) _desk.QueryTyped(_field.Text);
        };
        _field.Accepting += (_, e) =>
        {
            _history.Add(_field.Text);
            _desk.SearchNow(_field.Text);
            e.Handled = true;
        };
        _desk.ResultsChanged += UpdateInfo;
    }

    public string Query => _field.Text;

    public SearchHistory History => _history;

    /// <summary>Puts a query in the field (a facet filter, history) and optionally searches it.</summary>
    public void SetQuery(string query, bool search)
    {
        _settingText = true;
        try
        {
            _field.Text = query;
            _field.MoveEnd();
        }
        finally
        {
            _settingText = false;
        }
        if (search) _desk.SearchNow(query);
    }

    public void FocusField() => _field.SetFocus();

    /// <summary>
    /// Up/Down in the query line walk the history. Called by the desk before the field sees the key: the text field
    /// keeps Up/Down for itself.
    /// </summary>
    public bool HandleHistoryKey(Key key)
    {
        if (!_field.HasFocus) return false;
        if (key == Key.CursorUp)
        {
            if (_history.Older() is { } older) SetQuery(older, search: true);
            return true;
        }
        if (key == Key.CursorDown)
        {
            SetQuery(_history.Newer(), search: true);
            return true;
        }
        return false;
    }

    private void UpdateInfo()
    {
        if (_desk.QueryError is { } error)
        {
            _info.Text = "✗ " + TerminalText.Sanitize(error);
            _info.SetScheme(new Scheme(new Terminal.Gui.Drawing.Attribute(new Color(StandardColor.Red), GetAttributeForRole(VisualRole.Normal).Background)));
            return;
        }
        _info.SetScheme(null);
        var total = _desk.Results.Total;
        var noun = total == 1 ? "photo" : "photos";
        _info.Text = $"{total:N0} {noun} · {_desk.TookMs:0.0} ms · sort: {ResultSort.Label(_desk.Sort)}   (F1 help)";
    }
}
