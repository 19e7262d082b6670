using System.Text.Encodings.Web;
using System.Text.Json;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Writes a <see cref="PhotoMetadata"/> as the JSON object of <c>photodesk inspect --json</c>. The first keys and
/// their order are a contract (issue 2); <c>instructions</c>, <c>usage_terms</c> and <c>provenance</c> follow.
/// </summary>
public static class PhotoMetadataJson
{
    /// <summary>Non-ASCII text stays readable; JSON still escapes control characters, quotes and backslashes.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static void Write(Utf8JsonWriter w, PhotoMetadata m)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        w.WriteStartObject();
        w.WriteString(PhotoFields.Path, m.Path);
        List(w, PhotoFields.Creators, m.Creators);
        Text(w, PhotoFields.CreditLine, m.CreditLine);
        Text(w, PhotoFields.Source, m.Source);
        Text(w, PhotoFields.Copyright, m.Copyright);
        Text(w, PhotoFields.Description, m.Description);
        Text(w, PhotoFields.Headline, m.Headline);
        List(w, PhotoFields.Keywords, m.Keywords);
        Text(w, PhotoFields.City, m.City);
        Text(w, PhotoFields.Sublocation, m.Sublocation);
        Text(w, PhotoFields.Region, m.Region);
        Text(w, PhotoFields.Country, m.Country);
        Text(w, PhotoFields.CountryCode, m.CountryCode);
        Text(w, PhotoFields.DateCreated, m.DateCreated?.ToIsoString());
        Text(w, PhotoFields.CaptureTime, m.CaptureTime?.ToIsoString());
        Text(w, PhotoFields.Make, m.Make);
        Text(w, PhotoFields.Model, m.Model);
        Number(w, PhotoFields.Width, m.Width);
        Number(w, PhotoFields.Height, m.Height);
        if (m.Gps is { } g)
        {
            w.WriteStartObject(PhotoFields.Gps);
            w.WriteNumber("lat", Math.Round(g.Lat, 7));
            w.WriteNumber("lon", Math.Round(g.Lon, 7));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(PhotoFields.Gps);
        }
        List(w, PhotoFields.Warnings, m.Warnings);
        Text(w, PhotoFields.Instructions, m.Instructions);
        Text(w, PhotoFields.UsageTerms, m.UsageTerms);
        w.WriteStartObject("provenance");
        foreach (var (field, source) in m.Provenance.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(field, source.ToName());
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The object for a file that could not be read: its path and the reason.</summary>
    public static void WriteError(Utf8JsonWriter w, string path, string reason)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString(PhotoFields.Path, path);
        w.WriteString("error", reason);
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void List(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
