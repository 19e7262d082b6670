using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>
/// Where each editable field lives in IIM record 2 and its byte limit (IIM 4.2, chapter 6). Fields without a
/// dataset (usage terms) live in XMP only.
/// </summary>
internal static class IimFieldMap
{
    public sealed record Target(byte Number, int MaxBytes, bool Repeatable);

    public const byte DateCreated = 55;
    public const byte TimeCreated = 60;

    private static readonly Dictionary<string, Target> Map = new(StringComparer.Ordinal)
    {
        [PhotoFields.Keywords] = new(25, 64, true),
        [PhotoFields.Instructions] = new(40, 256, false),
        [PhotoFields.DateCreated] = new(DateCreated, 8, false),
        [PhotoFields.Creators] = new(80, 32, true),
        [PhotoFields.City] = new(90, 32, false),
        [PhotoFields.Sublocation] = new(92, 32, false),
        [PhotoFields.Region] = new(95, 32, false),
        [PhotoFields.CountryCode] = new(100, 3, false),
        [PhotoFields.Country] = new(101, 64, false),
        [PhotoFields.Headline] = new(105, 256, false),
        [PhotoFields.CreditLine] = new(110, 32, false),
        [PhotoFields.Source] = new(115, 32, false),
        [PhotoFields.Copyright] = new(116, 128, false),
        [PhotoFields.Description] = new(120, 2000, false),
    };

    /// <summary>Byte limits of the other record-2 text datasets, used when old text is re-encoded as UTF-8.</summary>
    private static readonly Dictionary<byte, int> OtherLimits = new()
    {
        [5] = 64, [7] = 64, [10] = 1, [12] = 67, [15] = 3, [20] = 32, [22] = 32, [26] = 3, [30] = 8, [35] = 11,
        [37] = 8, [38] = 11, [45] = 2, [47] = 8, [50] = 32, [62] = 8, [63] = 11, [65] = 32, [70] = 10, [75] = 2,
        [85] = 32, [103] = 32, [118] = 128, [121] = 64, [122] = 32, [130] = 2, [131] = 1, [135] = 3,
    };

    public static bool TryGet(string field, out Target target) => Map.TryGetValue(field, out target!);

    /// <summary>The IIM byte limit of a record-2 dataset, or null when IIM sets none we know of.</summary>
    public static int? LimitOf(byte number) =>
        Map.Values.FirstOrDefault(t => t.Number == number)?.MaxBytes ?? (OtherLimits.TryGetValue(number, out var l) ? l : null);

    /// <summary>Record-2 datasets that hold binary data, never text: version, rasterized caption, object data preview.</summary>
    public static bool IsBinary(byte record, byte number) => record != 2 || number is 0 or 125 or 200 or 201 or 202;
}
