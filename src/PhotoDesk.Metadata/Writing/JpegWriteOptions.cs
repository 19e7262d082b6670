namespace PhotoDesk.Metadata.Writing;

/// <summary>
/// Which blocks the lossless JPEG writer updates. The defaults (both) are what MWG-aware readers expect; the sample
/// archive generator turns IPTC off to produce XMP-only photos.
/// </summary>
public sealed record JpegWriteOptions
{
    public static JpegWriteOptions Default { get; } = new();

    /// <summary>Write the XMP packet (APP1, plus extended XMP when it does not fit in one segment).</summary>
    public bool WriteXmp { get; init; } = true;

    /// <summary>
    /// Write IPTC-IIM (Photoshop APP13 resource 0x0404) and the IPTCDigest. When false the APP13 segment is copied
    /// unchanged, and none is created. Meant for files without IIM (the sample archive's XMP-only photos): where an
    /// IIM block with a stale IPTCDigest exists, MWG readers keep preferring its values to the new XMP.
    /// </summary>
    public bool WriteIptc { get; init; } = true;

    /// <summary>
    /// Also update EXIF IFD0 ImageDescription / Artist / Copyright when the file already has them and the edit
    /// touches description / creators / copyright: MWG readers prefer a non-blank EXIF value, so without this the
    /// edit would not show. Entries are changed in place; the rest of the EXIF block is not moved.
    /// </summary>
    public bool UpdateExif { get; init; } = true;
}
