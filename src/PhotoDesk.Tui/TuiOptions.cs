using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Desk;

namespace PhotoDesk.Tui;

/// <summary>What the desk needs from its composition root (the <c>photodesk tui</c> command).</summary>
public sealed record TuiOptions
{
    public required string IndexPath { get; init; }
    /// <summary>Reader, writer, caption parser and entry builder (the credits engine's real components).</summary>
    public required CreditServices Services { get; init; }
    /// <summary>Opens the index for writing, throwing <see cref="IndexLockedException"/> when another process holds it.</summary>
    public required Func<string, IPhotoIndexWriter> OpenWriter { get; init; }
    /// <summary>Where edits go (PhotoDeskSettings.EditTarget): an XMP sidecar by default, or embedded.</summary>
    public WriteTarget EditTarget { get; init; } = WriteTarget.Sidecar;
    /// <summary>The configured credits.json, or null to look beside the archive.</summary>
    public string? CreditsFile { get; init; }
    /// <summary>How often the desk looks for a newer commit of the index.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>
    /// Pause after a keystroke before searching (search as you type). None by default: searches run one at a time
    /// with the newest query next, which already keeps a fast typist from queueing work (see DeskController).
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.Zero;
}
