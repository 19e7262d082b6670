using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Reading;

/// <summary>Which reconciliation rule each field follows, and the IIM byte limits MWG uses to spot truncation.</summary>
internal static class FieldRules
{
    /// <summary>
    /// MWG 2.0 "reconciled" properties (exiftool's MWG composites): EXIF when non-blank, else XMP unless the
    /// IPTCDigest says the IIM is newer, else IIM (with a value cut at the IIM limit recovered from XMP).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> MwgIimLimits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [PhotoFields.Creators] = 32,
        [PhotoFields.Description] = 2000,
        [PhotoFields.Copyright] = 128,
        [PhotoFields.Keywords] = 64,
    };

    /// <summary>IPTC Core fields: the XMP value when present, else the IIM value (IPTC Photo Metadata Standard mapping).</summary>
    public static readonly IReadOnlyList<string> XmpThenIim =
    [
        PhotoFields.CreditLine, PhotoFields.Source, PhotoFields.Headline, PhotoFields.City, PhotoFields.Sublocation,
        PhotoFields.Region, PhotoFields.Country, PhotoFields.CountryCode, PhotoFields.Instructions, PhotoFields.UsageTerms,
    ];

    /// <summary>Camera fields: EXIF (the camera wrote it), else XMP tiff:*.</summary>
    public static readonly IReadOnlyList<string> ExifThenXmp = [PhotoFields.Make, PhotoFields.Model];

    /// <summary>IIM byte limits of the XMP-first fields, used only to warn that the IIM copy was cut.</summary>
    public static readonly IReadOnlyDictionary<string, int> IimLimits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [PhotoFields.CreditLine] = 32, [PhotoFields.Source] = 32, [PhotoFields.Headline] = 256, [PhotoFields.City] = 32,
        [PhotoFields.Sublocation] = 32, [PhotoFields.Region] = 32, [PhotoFields.Country] = 64, [PhotoFields.CountryCode] = 3,
        [PhotoFields.Instructions] = 256,
    };
}
