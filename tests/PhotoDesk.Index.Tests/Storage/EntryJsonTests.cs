using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.Index.Storage;
using PhotoDesk.Index.Tests.Fixtures;
using Xunit;

namespace PhotoDesk.Index.Tests.Storage;

public sealed class EntryJsonTests
{
    private static PhotoEntry Full() => new()
    {
        Id = "sha-1234",
        Path = "/archive/São Paulo/IMG_0001.JPG",
        FileSize = 4_812_331,
        Modified = new DateTimeOffset(2025, 6, 15, 9, 1, 2, TimeSpan.FromHours(2)),
        ContentHash = "ab12",
        Origin = "catalog",
        Metadata = new PhotoMetadata
        {
            Path = "/archive/São Paulo/IMG_0001.JPG",
            Creators = ["Nelson Almeida"],
            CreditLine = "AFP via Getty Images",
            Source = "AFP",
            Copyright = "© 2025 AFP",
            Description = "Line one\nline \"two\" \u001b[31m",
            Headline = "Protest",
            Keywords = ["protest", "brasil"],
            City = "São Paulo",
            Sublocation = "Avenida Paulista",
            Region = "SP",
            Country = "Brazil",
            CountryCode = "BR",
            DateCreated = PartialDate.OfMonth(2025, 6),
            CaptureTime = new CaptureTime(new DateTime(2025, 6, 14, 16, 5, 0), TimeSpan.FromHours(-3)),
            Make = "Nikon",
            Model = "Z9",
            Width = 8256,
            Height = 5504,
            Gps = new GeoPoint(-23.5613, -46.6565),
            Instructions = "No sales",
            UsageTerms = "Editorial",
            Provenance = new Dictionary<string, MetadataSource> { ["city"] = MetadataSource.Iptc, ["creators"] = MetadataSource.XmpSidecar },
            Warnings = ["IIM By-line cut at 32 bytes"],
        },
        Caption = new CaptionFacts
        {
            Description = "Line one",
            Credit = "Nelson Almeida/AFP/Getty Images",
            Photographers = ["Nelson Almeida"],
            Agencies = ["AFP", "Getty Images"],
            Flags = [CaptionFlags.Pool],
            Date = PartialDate.OfYear(2025),
            Place = new Place(City: "São Paulo", Country: "Brazil"),
        },
        Photographers = ["Nelson Almeida"],
        Agencies = ["AFP", "Getty Images"],
        Date = new PartialDate(2025, 6, 14),
        Place = new Place("Avenida Paulista", "São Paulo", "SP", "Brazil", "BR"),
        Keywords = ["protest"],
        Provenance = new Dictionary<string, MetadataSource> { ["date"] = MetadataSource.Caption },
        ThumbnailKey = "ab/ab12.jpg",
        Findings = ["spelling-variant"],
    };

    [Fact]
    public void RoundTrip_KeepsEveryField()
    {
        var entry = Full();
        var back = EntryJson.Deserialize(EntryJson.Serialize(entry));
        Assert.Equal(EntryJson.Serialize(entry), EntryJson.Serialize(back));
        Assert.Equal(entry.Metadata.Gps, back.Metadata.Gps);
        Assert.Equal(DatePrecision.Month, back.Metadata.DateCreated!.Value.Precision);
        Assert.Equal(TimeSpan.FromHours(-3), back.Metadata.CaptureTime!.Offset);
        Assert.Equal(MetadataSource.XmpSidecar, back.Metadata.Provenance["creators"]);
        Assert.Equal(entry.Modified, back.Modified);
        Assert.Equal(entry.Place, back.Place);
        Assert.Equal(entry.Caption.Place, back.Caption.Place);
        Assert.Equal(entry.Metadata.Description, back.Metadata.Description);
    }

    [Fact]
    public void Serialize_UsesReadableNamesForDatesAndSources()
    {
        var json = EntryJson.Serialize(Full());
        Assert.Contains("\"date\":\"2025-06-14\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date_created\":\"2025-06\"", json, StringComparison.Ordinal);
        Assert.Contains("\"capture_time\":\"2025-06-14T16:05:00-03:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"creators\":\"xmp-sidecar\"", json, StringComparison.Ordinal);
    }

    /// <summary>The reflection-based serializer with the options the stored format was defined by (index format 3).</summary>
    private static readonly JsonSerializerOptions ByReflection = CreateReflectionOptions();

    private static JsonSerializerOptions CreateReflectionOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new CaptureTimeJsonConverter());
        options.Converters.Add(new MetadataSourceJsonConverter());
        return options;
    }

    public static TheoryData<string> Entries => new(["full", "minimal", .. SamplePhotos.All.Select(e => e.Id)]);

    private static PhotoEntry Named(string name) => name switch
    {
        "full" => Full(),
        "minimal" => new PhotoEntry { Id = "x", Path = "/x.jpg", Metadata = new PhotoMetadata { Path = "/x.jpg" } },
        _ => SamplePhotos.All.Single(e => e.Id == name),
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_generated_serializer_writes_and_reads_what_the_reflection_one_did(string name)
    {
        var entry = Named(name);
        var expected = JsonSerializer.SerializeToUtf8Bytes(entry, ByReflection);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(EntryJson.SerializeToUtf8(entry)));
        Assert.Equal(Encoding.UTF8.GetString(expected), EntryJson.Serialize(entry));
        var read = EntryJson.Deserialize(expected);
        Assert.Equal(expected, JsonSerializer.SerializeToUtf8Bytes(read, ByReflection));
    }

    [Fact]
    public void RoundTrip_OfAMinimalEntry_KeepsDefaults()
    {
        var entry = new PhotoEntry { Id = "x", Path = "/x.jpg", Metadata = new PhotoMetadata { Path = "/x.jpg" } };
        var back = EntryJson.Deserialize(EntryJson.Serialize(entry));
        Assert.Equal("file", back.Origin);
        Assert.Null(back.Date);
        Assert.True(back.Place.IsEmpty);
        Assert.Empty(back.Photographers);
        Assert.Empty(back.Caption.Flags);
    }
}
