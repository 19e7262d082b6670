using PhotoDesk.Core.Photos;

namespace PhotoDesk.Credits.Batches;

/// <summary>The values of the fields batches change, read from a <see cref="PhotoMetadata"/> as lists (scalars: zero or one element).</summary>
public static class MetadataValues
{
    public static IReadOnlyList<string> Get(PhotoMetadata metadata, string field)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return field switch
        {
            PhotoFields.Creators => metadata.Creators,
            PhotoFields.Keywords => metadata.Keywords,
            PhotoFields.CreditLine => One(metadata.CreditLine),
            PhotoFields.Source => One(metadata.Source),
            PhotoFields.Description => One(metadata.Description),
            PhotoFields.Headline => One(metadata.Headline),
            PhotoFields.Copyright => One(metadata.Copyright),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a field batches change"),
        };
    }

    public static bool SameValues(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal);

    private static IReadOnlyList<string> One(string? value) => string.IsNullOrEmpty(value) ? [] : [value];
}
