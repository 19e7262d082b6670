namespace PhotoDesk.SampleArchive.Planning;

/// <summary>
/// The fixed assignment of gallery photos (by number, 1-based) to storage variants and EXIF oddities. Fixed on
/// purpose: tests and the README name these photos, and a rebuild must give the same archive.
/// </summary>
public static class VariantTable
{
    private static readonly IReadOnlyDictionary<int, StorageVariant> Variants = new Dictionary<int, StorageVariant>
    {
        [2] = StorageVariant.EmbeddedXmpOnly,
        [9] = StorageVariant.EmbeddedXmpOnly,
        [22] = StorageVariant.EmbeddedXmpOnly,
        [35] = StorageVariant.EmbeddedXmpOnly,
        [47] = StorageVariant.EmbeddedXmpOnly,

        [3] = StorageVariant.CaptionTextSidecar,
        [17] = StorageVariant.CaptionTextSidecar,
        [31] = StorageVariant.CaptionTextSidecar,
        [38] = StorageVariant.CaptionTextSidecar,
        [46] = StorageVariant.CaptionTextSidecar,

        [5] = StorageVariant.XmpSidecar,
        [24] = StorageVariant.XmpSidecar,
        [41] = StorageVariant.XmpSidecar,

        [13] = StorageVariant.XmpSidecarWithExtension,
        [33] = StorageVariant.XmpSidecarWithExtension,
        [43] = StorageVariant.XmpSidecarWithExtension,
    };

    /// <summary>
    /// Photos that carry no EXIF block at all (wire services often strip it). Each has an embedded date created, so its
    /// caption's relative date ("on Monday") has a reference that survives a git clone (clones do not keep file times).
    /// </summary>
    public static readonly IReadOnlySet<int> WithoutExif = new HashSet<int> { 9, 21, 35 };

    /// <summary>Camera clock left on UTC: Sunday evening in Los Angeles is already Monday on the camera.</summary>
    public const int ClockOnUtc = 29;

    /// <summary>Camera clock never set after a battery change: the factory default date.</summary>
    public const int ClockNeverSet = 12;

    /// <summary>Credits the seed article printed wrongly; caption and by-line keep them exactly as published.</summary>
    public static readonly IReadOnlyDictionary<int, string> PublishedCreditErrors = new Dictionary<int, string>
    {
        [44] = "credit as published: \"Ringo Ciu\" (elsewhere \"Ringo Chiu\"); by-line keeps it",
        [48] = "credit as published: \"Jae Hong\" (elsewhere \"Jae C. Hong\"); by-line keeps it",
    };

    public static StorageVariant VariantOf(int number) =>
        Variants.TryGetValue(number, out var variant) ? variant : StorageVariant.EmbeddedIptcAndXmp;
}
