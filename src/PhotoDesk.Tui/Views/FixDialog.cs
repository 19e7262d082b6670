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
/// The preview of a credit fix, per photo and field, old → new, planned from the files by the credits engine;
/// Apply writes it as one journaled batch (undoable with 'u' in the credits view).
/// </summary>
public sealed class FixDialog : View
{
    private readonly DeskController _desk;
    private readonly DeskEditor _editor;
    private readonly IUiThread _ui;
    private readonly ListView _preview;
    private readonly Label _summary;
    private BatchPlan? _plan;

    public FixDialog(DeskController desk, DeskEditor editor, IUiThread ui)
    {
        _desk = desk;
        _editor = editor;
        _ui = ui;
        Title = "Fix credit";
        BorderStyle = LineStyle.Double;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(80);
        Visible = false;
        CanFocus = true;
        _summary = new Label { X = 0, Y = 0, Width = Dim.Fill() };
        _preview = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2) };
        var apply = new Button { X = 0, Y = Pos.AnchorEnd(1), Text = "_Apply", IsDefault = true };
        var cancel = new Button { X = Pos.Right(apply) + 2, Y = Pos.AnchorEnd(1), Text = "Cancel" };
        Add(_summary, _preview, apply, cancel);
        apply.Accepting += (_, e) => { e.Handled = true; Apply(); };
        cancel.Accepting += (_, e) => { e.Handled = true; Close(); };
    }

    public event Action? Closed;
    public event Action? Applied;

    public IReadOnlyList<string> PreviewLines { get; private set; } = [];

    public void Open(VariantRow row, IReadOnlyList<Credits.Checks.PhotoRef> photos)
    {
        _plan = null;
        Show($"planning \"{row.Variant.Name}\" → \"{row.Cluster.Canonical}\" over {photos.Count} photo(s)…", []);
        Visible = true;
        _preview.SetFocus();
        _desk.Tasks.Run(() =>
        {
            var plan = _editor.PlanFix(row.Variant.Name, row.Cluster.Canonical, photos);
            var lines = plan.Photos.SelectMany(p => p.Changes.Select(c =>
                $"{Path.GetFileName(p.Photo.Path)}  {c.Field}: {ChangeText.Describe(string.Join("; ", c.Before), string.Join("; ", c.After))}"))
                .Concat(plan.Skipped.Select(s => $"{Path.GetFileName(s.Photo.Path)}  skipped: {s.Reason}"))
                .Select(l => TerminalText.Sanitize(l)).ToList();
            _ui.Post(() =>
            {
                _plan = plan;
                Show($"{plan.Description}: {plan.Photos.Count} photo(s) change, written to the {_editor.Target.ToString().ToLowerInvariant()}. Apply?", lines);
            });
        });
    }

    private void Show(string summary, IReadOnlyList<string> lines)
    {
        _summary.Text = TerminalText.Sanitize(summary);
        PreviewLines = lines;
        _preview.SetSource(new ObservableCollection<string>(lines));
    }

    public void Apply()
    {
        if (_plan is not { } plan) return;
        Close();
        _desk.SetMessage("applying the fix…");
        _desk.Tasks.Run(() =>
        {
            string message;
            try
            {
                message = _editor.Apply(plan, "photodesk tui: " + plan.Description).Message;
            }
            catch (Exception e) when (e is BatchRefusedException or BatchLockedException or IOException)
            {
                message = "fix failed: " + e.Message;
            }
            _ui.Post(() =>
            {
                _desk.SetMessage(message);
                _desk.RefreshNow();
                Applied?.Invoke();
            });
        });
    }

    public void Close()
    {
        Visible = false;
        Closed?.Invoke();
    }
}
