using PhotoDesk.Core.Text;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Tui.Editing;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// Adds or removes keywords (comma-separated) on the selected photo or on every result of the query, completing
/// from the archive's keywords. The change is a journaled batch like <c>photodesk tag</c>; Enter adds.
/// </summary>
public sealed class TagDialog : View
{
    private readonly DeskController _desk;
    private readonly DeskEditor _editor;
    private readonly IUiThread _ui;
    private readonly TextField _keywords;
    private readonly CheckBox _everyResult;
    private readonly Label _target;
    private readonly Label _hint;
    private IReadOnlyList<string> _known = [];

    public TagDialog(DeskController desk, DeskEditor editor, IUiThread ui)
    {
        _desk = desk;
        _editor = editor;
        _ui = ui;
        Title = "Tag";
        BorderStyle = LineStyle.Double;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(80);
        Height = 9;
        Visible = false;
        CanFocus = true;

        _target = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
        var prompt = new Label { X = 0, Y = 1, Text = "Keywords:" };
        _keywords = new TextField { X = 10, Y = 1, Width = Dim.Fill() };
        _hint = new Label { X = 10, Y = 2, Width = Dim.Fill(), Height = 1 };
        _everyResult = new CheckBox { X = 0, Y = 3, Text = "every result of the query" };
        var add = new Button { X = 0, Y = 5, Text = "_Add", IsDefault = true };
        var remove = new Button { X = Pos.Right(add) + 2, Y = 5, Text = "_Remove" };
        var cancel = new Button { X = Pos.Right(remove) + 2, Y = 5, Text = "Cancel" };
        Add(_target, prompt, _keywords, _hint, _everyResult, add, remove, cancel);

        _keywords.ValueChanged += (_, _) => UpdateHint();
        _keywords.Accepting += (_, e) => { e.Handled = true; Submit(TagOperation.Add); };
        add.Accepting += (_, e) => { e.Handled = true; Submit(TagOperation.Add); };
        remove.Accepting += (_, e) => { e.Handled = true; Submit(TagOperation.Remove); };
        cancel.Accepting += (_, e) => { e.Handled = true; Close(); };
    }

    public event Action? Closed;

    public string Keywords { get => _keywords.Text; set => _keywords.Text = value; }

    public bool EveryResult
    {
        get => _everyResult.Value == CheckState.Checked;
        set => _everyResult.Value = value ? CheckState.Checked : CheckState.UnChecked;
    }

    public string Hint => _hint.Text;

    public void Open()
    {
        var selected = _desk.Selected?.Entry;
        _target.Text = selected is null
            ? "No photo selected: every result of the query"
            : $"Photo: {TerminalText.Sanitize(Path.GetFileName(selected.Path))}";
        _everyResult.Text = $"every result of the query ({_desk.Results.Total:N0} photos)";
        _keywords.Text = "";
        EveryResult = selected is null;
        Visible = true;
        _keywords.SetFocus();
        _desk.Tasks.Run(() =>
        {
            var terms = _desk.Searcher.Terms("keyword", 2000).Select(t => TerminalText.Sanitize(t.Value)).ToList();
            _ui.Post(() =>
            {
                _known = terms;
                if (_keywords.Autocomplete is { } autocomplete) autocomplete.SuggestionGenerator = new SingleWordSuggestionGenerator { AllSuggestions = terms };
                UpdateHint();
            });
        });
    }

    public void Close()
    {
        Visible = false;
        Closed?.Invoke();
    }

    /// <summary>Keywords of the archive that start with the word being typed.</summary>
    private void UpdateHint()
    {
        var typed = _keywords.Text.Split(',').LastOrDefault()?.Trim() ?? "";
        var matches = _known.Where(k => typed.Length == 0 || k.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Take(6).ToList();
        _hint.Text = matches.Count == 0 ? (typed.Length > 0 ? "(new keyword)" : "") : "known: " + string.Join(", ", matches);
    }

    public void Submit(TagOperation operation)
    {
        var keywords = _keywords.Text.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
        if (keywords.Count == 0) { _hint.Text = "type a keyword first"; return; }
        var query = _desk.Results.Request.Query;
        var selected = _desk.Selected?.Entry;
        var every = EveryResult || selected is null;
        Close();
        _desk.SetMessage($"tagging {(every ? "every result" : "1 photo")}…");
        _desk.Tasks.Run(() =>
        {
            IReadOnlyList<PhotoRef> photos = every
                ? _desk.Searcher.AllIds(query).Select(id => _desk.Searcher.Get(id)).OfType<Core.Indexing.PhotoEntry>().Select(CheckContext.RefOf).ToList()
                : [CheckContext.RefOf(selected!)];
            string message;
            try
            {
                var plan = _editor.PlanTags(operation, keywords, photos);
                var verb = operation == TagOperation.Add ? "add" : "remove";
                message = _editor.Apply(plan, $"photodesk tui: tag {verb} {string.Join(' ', keywords)}").Message;
            }
            catch (Exception e) when (e is BatchRefusedException or BatchLockedException or IOException or ArgumentException)
            {
                message = "tag failed: " + e.Message;
            }
            _ui.Post(() =>
            {
                _desk.SetMessage(message);
                _desk.RefreshNow();
            });
        });
    }
}
