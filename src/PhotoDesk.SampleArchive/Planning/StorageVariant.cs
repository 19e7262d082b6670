namespace PhotoDesk.SampleArchive.Planning;

/// <summary>How a sample photo carries its caption: one value per reading path PhotoDesk must handle.</summary>
public enum StorageVariant
{
    /// <summary>IPTC-IIM (APP13) and XMP (APP1) inside the JPEG, as wire photos arrive.</summary>
    EmbeddedIptcAndXmp,
    /// <summary>XMP inside the JPEG, no IPTC-IIM block (as some newer tools save).</summary>
    EmbeddedXmpOnly,
    /// <summary>No embedded caption; the caption is a text file beside the photo (<c>photo.txt</c>).</summary>
    CaptionTextSidecar,
    /// <summary>No embedded caption; an XMP sidecar named <c>photo.xmp</c> (Lightroom, darktable style).</summary>
    XmpSidecar,
    /// <summary>No embedded caption; an XMP sidecar named <c>photo.jpg.xmp</c> (Photo Mechanic, digiKam style).</summary>
    XmpSidecarWithExtension,
}
