using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Metadata.Reading;

/// <summary>What one metadata block (a sidecar, embedded XMP, IIM, EXIF, a caption file) says, before reconciling.</summary>
internal sealed class BlockValues(MetadataSource source)
{
    public MetadataSource Source { get; } = source;

    /// <summary>Single text values by <see cref="PhotoFields"/> name. A key present with "" means "stated empty".</summary>
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>List values (creators, keywords) by field name.</summary>
    public Dictionary<string, IReadOnlyList<string>> Lists { get; } = new(StringComparer.Ordinal);

    public PartialDate? DateCreated { get; set; }
    public CaptureTime? CaptureTime { get; set; }

    /// <summary>Date Created with a time of day (photoshop:DateCreated, IIM 2:55 + 2:60): MWG's DateTimeOriginal.</summary>
    public CaptureTime? CreatedAt { get; set; }
    public GeoPoint? Gps { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    public void SetText(string field, string? value)
    {
        if (value is not null) Texts[field] = value;
    }

    public void SetList(string field, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 }) Lists[field] = values;
    }
}
