using PhotoDesk.Core.Editing;
using PhotoDesk.Metadata.Writing.Xmp;
using XmpCore;
using XmpCore.Options;

namespace PhotoDesk.Metadata.Writing.Sidecars;

/// <summary>
/// Writes edits to an XMP sidecar beside the photo (the default target: the photo file is never touched). A new
/// sidecar holds only the edited fields; an existing one keeps everything it had and gets the edited fields on top.
/// A cleared field is written as an empty value, because the sidecar overrides the photo field by field and an
/// absent property would let the photo's old value show through.
/// </summary>
public sealed class XmpSidecarWriter
{
    /// <summary>Sidecars larger than this are not XMP anyone should rewrite blindly.</summary>
    public const long MaxSidecarBytes = 32 << 20;

    private static readonly SerializeOptions Options = new() { OmitPacketWrapper = true, Padding = 0, Sort = true };

    /// <summary>Applies the patch to every existing sidecar of the photo, or creates <c>photo.xmp</c>.</summary>
    /// <exception cref="MetadataWriteException">Invalid patch, a sidecar that is not parseable XMP, I/O failure.</exception>
    public WriteOutcome Write(string photoPath, MetadataPatch patch, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(photoPath);
        var edits = FieldEdits.From(patch);
        if (!File.Exists(photoPath)) throw new MetadataWriteException($"{photoPath}: no such file");
        var targets = SidecarPaths.Existing(photoPath);
        if (targets.Count == 0) targets = [SidecarPaths.Candidates(photoPath)[0]];
        // Parse everything first, so a bad second sidecar fails the edit before the first is changed.
        var metas = targets.Select(p => (Path: p, Meta: Load(p))).ToList();
        try
        {
            foreach (var (_, meta) in metas) XmpFieldMap.Apply(meta, edits, keepClearedAsEmpty: true);
        }
        catch (XmpException e)
        {
            throw new MetadataWriteException($"{targets[0]}: the sidecar's XMP cannot be edited ({e.Message})", e);
        }
        foreach (var (path, meta) in metas) Save(path, meta, cancellationToken);
        var note = targets.Count > 1 ? $"updated both sidecars: {string.Join(", ", targets)}" : null;
        return new WriteOutcome(targets[0], WriteTarget.Sidecar, note);
    }

    /// <summary>
    /// Removes the given fields from the photo's existing sidecars, so that a value just written into the photo is
    /// not hidden by an older sidecar value. Returns the sidecars that changed.
    /// </summary>
    public IReadOnlyList<string> RemoveFields(string photoPath, IReadOnlyCollection<string> fields, CancellationToken cancellationToken = default)
    {
        var changed = new List<string>();
        foreach (var path in SidecarPaths.Existing(photoPath))
        {
            var meta = Load(path);
            bool removed;
            try { removed = XmpFieldMap.Remove(meta, fields); }
            catch (XmpException e) { throw new MetadataWriteException($"{path}: the sidecar's XMP cannot be edited ({e.Message})", e); }
            if (!removed) continue;
            Save(path, meta, cancellationToken);
            changed.Add(path);
        }
        return changed;
    }

    private static IXmpMeta Load(string path)
    {
        try
        {
            if (!File.Exists(path)) return XmpMetaFactory.Create();
            var info = new FileInfo(path);
            if (info.Length > MaxSidecarBytes) throw new MetadataWriteException($"{path}: sidecar too large ({info.Length} bytes)");
            var bytes = File.ReadAllBytes(path);
            return bytes.Length == 0 ? XmpMetaFactory.Create() : XmpPacket.Parse(bytes, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetadataWriteException($"{path}: cannot read ({e.Message})", e);
        }
    }

    private static void Save(string path, IXmpMeta meta, CancellationToken cancellationToken)
    {
        byte[] bytes = [.. XmpPacket.Serialize(meta, Options), (byte)'\n'];
        try
        {
            AtomicFile.WriteAllBytes(path, bytes, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetadataWriteException($"{path}: cannot write ({e.Message})", e);
        }
    }
}
