namespace PhotoDesk.Core.Photos;

/// <summary>Where a value came from. Order of precedence follows the Metadata Working Group guidelines.</summary>
public enum MetadataSource
{
    None = 0,
    /// <summary>An XMP sidecar (<c>photo.xmp</c> or <c>photo.jpg.xmp</c>): where PhotoDesk writes edits by default.</summary>
    XmpSidecar,
    /// <summary>XMP embedded in the file (including extended XMP).</summary>
    Xmp,
    /// <summary>IPTC-IIM (Photoshop APP13 resource 0x0404).</summary>
    Iptc,
    /// <summary>EXIF (TIFF IFDs).</summary>
    Exif,
    /// <summary>A caption text file beside the photo (<c>photo.txt</c>).</summary>
    CaptionSidecar,
    /// <summary>Parsed by PhotoDesk from the caption text.</summary>
    Caption,
    /// <summary>A record imported from a catalog export.</summary>
    Catalog,
    /// <summary>The file system (size, modification time).</summary>
    FileSystem,
}

public static class MetadataSourceNames
{
    /// <summary>Stable lower-case names used in JSON, the index and the TUI.</summary>
    public static string ToName(this MetadataSource source) => source switch
    {
        MetadataSource.XmpSidecar => "xmp-sidecar",
        MetadataSource.Xmp => "xmp",
        MetadataSource.Iptc => "iptc",
        MetadataSource.Exif => "exif",
        MetadataSource.CaptionSidecar => "caption-sidecar",
        MetadataSource.Caption => "caption",
        MetadataSource.Catalog => "catalog",
        MetadataSource.FileSystem => "file-system",
        _ => "none",
    };

    public static MetadataSource Parse(string? name) => name switch
    {
        "xmp-sidecar" => MetadataSource.XmpSidecar,
        "xmp" => MetadataSource.Xmp,
        "iptc" => MetadataSource.Iptc,
        "exif" => MetadataSource.Exif,
        "caption-sidecar" => MetadataSource.CaptionSidecar,
        "caption" => MetadataSource.Caption,
        "catalog" => MetadataSource.Catalog,
        "file-system" => MetadataSource.FileSystem,
        _ => MetadataSource.None,
    };
}
