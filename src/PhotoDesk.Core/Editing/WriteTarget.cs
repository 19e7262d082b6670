namespace PhotoDesk.Core.Editing;

/// <summary>Where an edit goes.</summary>
public enum WriteTarget
{
    /// <summary>An XMP sidecar beside the photo (the default: the photo file is not touched).</summary>
    Sidecar,
    /// <summary>Into the photo's own XMP and IPTC blocks, losslessly (JPEG only; other formats fall back to a sidecar).</summary>
    Embedded,
}
