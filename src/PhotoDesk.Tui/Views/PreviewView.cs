using System.Text;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Tui.Imaging;
using PhotoDesk.Tui.State;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// The selected photo's thumbnail from the thumbnail cache, drawn with upper half blocks (two pixels per cell) in
/// 24-bit colour, or in the nearest xterm-256 colours when the terminal has no true colour. Reading and scaling run
/// in the background; the view draws what it has and never waits.
/// </summary>
public sealed class PreviewView : View
{
    private static readonly Rune HalfBlock = new('▀');

    private readonly ThumbnailStore _store;
    private readonly IUiThread _ui;
    private readonly TaskTracker _tasks;
    private string? _key;
    private CellImage? _image;
    private (string? Key, int W, int H) _shown;
    private (string? Key, int W, int H) _loading;
    private string _note = "";

    public PreviewView(ThumbnailStore store, IUiThread ui, TaskTracker tasks, bool trueColor)
    {
        _store = store;
        _ui = ui;
        _tasks = tasks;
        TrueColor = trueColor;
        Title = "Preview";
        BorderStyle = LineStyle.Rounded;
    }

    /// <summary>False: colours are reduced to the xterm 256-colour palette.</summary>
    public bool TrueColor { get; set; }

    /// <summary>The image drawn now (null while decoding or when the photo has no thumbnail).</summary>
    public CellImage? Image => _image;

    public void Show(string? thumbnailKey)
    {
        if (_key == thumbnailKey) return;
        _key = thumbnailKey;
        _image = null;
        _loading = default;
        _note = thumbnailKey is null ? "no thumbnail" : "";
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var w = Viewport.Width;
        var h = Viewport.Height;
        if (w <= 0 || h <= 0) return true;
        var wanted = (_key, w, h);
        if (_image is null || _shown != wanted) StartDecode(wanted);
        if (_image is null)
        {
            SetAttribute(GetAttributeForRole(VisualRole.Normal));
            if (_note.Length > 0) AddStr(Math.Max(0, (w - _note.Length) / 2), h / 2, StyledText.Fit(_note, w));
            return true;
        }
        var left = Math.Max(0, (w - _image.Width) / 2);
        var top = Math.Max(0, (h - _image.Rows) / 2);
        for (var row = 0; row < _image.Rows && row < h; row++)
        {
            for (var x = 0; x < _image.Width && left + x < w; x++)
            {
                var upper = Colour(_image.Pixel(x, row * 2));
                var lower = Colour(_image.Pixel(x, row * 2 + 1));
                SetAttribute(new Attribute(upper, lower));
                AddRune(left + x, top + row, HalfBlock);
            }
        }
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        return true;
    }

    private Color Colour((byte R, byte G, byte B) p)
    {
        var (r, g, b) = TrueColor ? p : XtermPalette.Nearest(p.R, p.G, p.B);
        return new Color(r, g, b);
    }

    private void StartDecode((string? Key, int W, int H) wanted)
    {
        if (wanted.Key is null || _loading == wanted) return;
        _loading = wanted;
        _tasks.Run(() =>
        {
            var bytes = _store.TryGetBytes(wanted.Key);
            var image = bytes is null ? null : ThumbnailDecoder.Decode(bytes, wanted.W, wanted.H);
            _ui.Post(() =>
            {
                if ((_key, Viewport.Width, Viewport.Height) != wanted) return; // the selection moved on
                _image = image;
                _shown = wanted;
                _note = image is null ? (bytes is null ? "no thumbnail yet" : "cannot show this image") : "";
                SetNeedsDraw();
            });
        });
    }
}
