namespace PhotoDesk.SampleArchive.Planning;

/// <summary>Short stable names of <see cref="StorageVariant"/> for the README table and test messages.</summary>
public static class StorageVariantNames
{
    public static string ToName(this StorageVariant variant) => variant switch
    {
        StorageVariant.EmbeddedIptcAndXmp => "embedded IPTC-IIM + XMP",
        StorageVariant.EmbeddedXmpOnly => "embedded XMP only",
        StorageVariant.CaptionTextSidecar => "caption sidecar .txt",
        StorageVariant.XmpSidecar => "XMP sidecar photo.xmp",
        StorageVariant.XmpSidecarWithExtension => "XMP sidecar photo.jpg.xmp",
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
    };

    /// <summary>The sidecar file this variant writes beside <paramref name="photoPath"/>, or null when the caption is embedded.</summary>
    public static string? SidecarPath(this StorageVariant variant, string photoPath) => variant switch
    {
        StorageVariant.CaptionTextSidecar => Path.ChangeExtension(photoPath, ".txt"),
        StorageVariant.XmpSidecar => Path.ChangeExtension(photoPath, ".xmp"),
        StorageVariant.XmpSidecarWithExtension => photoPath + ".xmp",
        _ => null,
    };
}
