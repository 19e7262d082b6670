using System.Collections.ObjectModel;
using PhotoDesk.Core.Text;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Tui.Editing;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// Credit spelling variants across the archive, one line per variant ("Ringo Ciu ×1 → Ringo Chiu ×5"), and below it
/// the photos that carry the chosen spelling. 'f' or Enter opens the fix preview; 'u' undoes the last batch.
/// </summary>
public sealed class CreditsView : View
{
    private readonly DeskController _desk;
    private readonly CreditsModel _credits;
    private readonly DeskEditor _editor;
    private readonly IUiThread _ui;
    private readonly ListView _variants;
    private readonly ListView _photos;
    private readonly Label _footer;

    public CreditsView(DeskController desk, CreditsModel credits, DeskEditor editor, IUiThread ui)
    {
        _desk = desk;
        _credits = credits;
        _editor = editor;
        _ui = ui;
        Title = "Credits: name variants";
        BorderStyle = LineStyle.Double;
        Visible = false;
        CanFocus = true;
        var header = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = "Variant → canonical (counts are photos):" };
        _variants = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Percent(45) };
        var photosHeader = new Label { X = 0, Y = Pos.Bottom(_variants), Width = Dim.Fill(), Text = "Photos with this spelling:" };
        _photos = new ListView { X = 0, Y = Pos.Bottom(photosHeader), Width = Dim.Fill(), Height = Dim.Fill(1) };
        _footer = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = "" };
        Add(header, _variants, photosHeader, _photos, _footer);
        _variants.ValueChanged += (_, _) => ShowPhotos();
        _variants.KeyDown += (_, key) =>
        {
            if (key != Terminal.Gui.Input.Key.Enter) return;
            key.Handled = true;
            FixRequested?.Invoke();
        };
        _variants.Accepting += (_, e) => { e.Handled = true; FixRequested?.Invoke(); };
    }

    /// <summary>The person asked to fix the chosen variant (the desk opens the fix dialog).</summary>
    public event Action? FixRequested;
    public event Action? Closed;

    public VariantRow? Chosen => _variants.Value is { } i && i >= 0 && i < _credits.Variants.Count ? _credits.Variants[i] : null;

    /// <summary>What the view lists now (tests and the tmux check read it).</summary>
    public IReadOnlyList<string> VariantLines { get; private set; } = [];

    public void Open()
    {
        Visible = true;
        _variants.SetFocus();
        Reload();
    }

    public void Close()
    {
        Visible = false;
        Closed?.Invoke();
    }

    /// <summary>Shows the model's variants (call after it loaded or changed).</summary>
    public void Reload()
    {
        var rows = _credits.Variants;
        VariantLines = rows.Select(r => TerminalText.Sanitize(r.Text)).ToList();
        var selected = _variants.Value;
        _variants.SetSource(new ObservableCollection<string>(VariantLines.Count > 0 || !_credits.Loaded ? VariantLines : ["(no spelling variants found)"]));
        if (VariantLines.Count > 0) _variants.Value = selected is { } s && s < VariantLines.Count ? s : 0;
        _footer.Text = (_credits.Loaded ? "" : "checking credits… ") + "f/Enter fix · u undo last batch · Esc close";
        ShowPhotos();
    }

    private void ShowPhotos()
    {
        var chosen = Chosen;
        var lines = chosen is null ? [] : _credits.PhotosNaming(chosen.Variant.Name)
            .Select(p => TerminalText.Sanitize(Path.GetFileName(p.Path))).ToList();
        _photos.SetSource(new ObservableCollection<string>(lines));
    }

    /// <summary>Undoes the most recent applied batch (a tag or a fix), through the journal.</summary>
    public void UndoLast()
    {
        _desk.SetMessage("undoing the last batch…");
        _desk.Tasks.Run(() =>
        {
            string message;
            try
            {
                message = _editor.UndoLast().Message;
            }
            catch (Exception e) when (e is BatchRefusedException or BatchLockedException or IOException)
            {
                message = "undo refused: " + e.Message;
            }
            _ui.Post(() =>
            {
                _desk.SetMessage(message);
                _desk.RefreshNow();
                Changed?.Invoke();
            });
        });
    }

    /// <summary>A batch changed the archive: the owner re-runs the checks.</summary>
    public event Action? Changed;
}
