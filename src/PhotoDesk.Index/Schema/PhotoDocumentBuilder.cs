using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Index.Analysis;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Index.Schema;

/// <summary>
/// Maps one <see cref="PhotoEntry"/> to its Lucene document (the only place that knows the field layout). Built for
/// a million photos in a row: the document is a list sized once, field names are worked out once, and values are
/// de-duplicated without a set per field (together about a tenth of a catalog import's CPU before).
/// </summary>
internal static class PhotoDocumentBuilder
{
    /// <summary>Room for a full photo's fields, so the list is not regrown while it is filled.</summary>
    private const int FieldsPerPhoto = 64;

    private static readonly NameField Photographers = new(IndexFields.Photographer, FacetFields.Photographer);
    private static readonly NameField Agencies = new(IndexFields.Agency, FacetFields.Agency);
    private static readonly NameField Keywords = new(IndexFields.Keyword, FacetFields.Keyword);
    private static readonly NameField Credits = new(IndexFields.Credit, facet: null);
    private static readonly NameField Sublocations = new(IndexFields.Sublocation, FacetFields.Sublocation);
    private static readonly NameField Cities = new(IndexFields.City, FacetFields.City);
    private static readonly NameField Regions = new(IndexFields.Region, FacetFields.Region);
    private static readonly NameField Countries = new(IndexFields.Country, FacetFields.Country);
    private static readonly NameField CountryCodes = new(IndexFields.CountryCode, FacetFields.CountryCode);
    private static readonly NameField Places = new(IndexFields.Place, facet: null);
    private static readonly NameField Cameras = new(IndexFields.Camera, FacetFields.Camera);
    private static readonly string OriginValues = FacetFields.ValuesField(FacetFields.Origin);
    private static readonly string FromCaptionValues = FacetFields.ValuesField(FacetFields.FromCaption);
    private static readonly string FindingValues = FacetFields.ValuesField(FacetFields.Finding);
    private static readonly string DateValues = FacetFields.ValuesField(FacetFields.Date);
    private static readonly string YearValues = FacetFields.ValuesField(FacetFields.Year);

    public static List<IIndexableField> Build(PhotoEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var doc = new List<IIndexableField>(FieldsPerPhoto);
        var has = new List<string>(16);
        var meta = entry.Metadata;

        doc.Add(ReusableTokenField.Keyword(IndexFields.Id, entry.Id));
        doc.Add(ReusableTokenField.Keyword(IndexFields.Path, entry.Path));
        doc.Add(new BinaryDocValuesField(IndexFields.StampValues,
            StampValue.Encode(entry.Id, entry.Path, entry.ContentHash, entry.Modified, entry.FileSize)));
        // A catalog record's size is unknown (0): left out, so size: ranges match only photos whose size is known.
        if (entry.FileSize > 0) doc.Add(ReusableTokenField.Int64(IndexFields.FileSize, entry.FileSize));
        AddKeyword(doc, IndexFields.Origin, entry.Origin, OriginValues);
        AddEntry(doc, entry);

        AddProse(doc, IndexFields.Caption, meta.Description, has, "caption");
        AddProse(doc, IndexFields.Headline, meta.Headline, has, "headline");

        AddNames(doc, Photographers, entry.Photographers, has);
        AddNames(doc, Agencies, entry.Agencies, has);
        AddNames(doc, Keywords, entry.Keywords, has);
        AddNames(doc, Credits, Distinct(meta.CreditLine, meta.Source, entry.Caption.Credit), has);

        var place = entry.Place;
        AddName(doc, Sublocations, place.Sublocation, has);
        AddName(doc, Cities, place.City, has);
        AddName(doc, Regions, place.Region, has);
        AddName(doc, Countries, place.Country, has);
        AddName(doc, CountryCodes, place.CountryCode, has);
        AddNames(doc, Places, Distinct(place.Sublocation, place.City, place.Region, place.Country, place.CountryCode), has);

        AddName(doc, Cameras, string.Join(' ', Distinct(meta.Make, meta.Model)), has);

        AddDates(doc, entry, has);
        AddSortKey(doc, IndexFields.PhotographerSort, entry.Photographers.FirstOrDefault());
        AddSortKey(doc, IndexFields.AgencySort, entry.Agencies.FirstOrDefault());
        AddSortKey(doc, IndexFields.PlaceSort, string.Join(' ', Distinct(place.City, place.Country)));
        if (meta.Width is { } w) doc.Add(ReusableTokenField.Int32(IndexFields.Width, w));
        if (meta.Height is { } h) doc.Add(ReusableTokenField.Int32(IndexFields.Height, h));
        if (meta.Gps is not null) Once(has, "gps");
        if (entry.ThumbnailKey is not null) Once(has, "thumbnail");

        foreach (var (field, source) in entry.Provenance)
        {
            if (source == MetadataSource.Caption) AddKeyword(doc, IndexFields.FromCaption, field, FromCaptionValues);
        }
        var rules = new List<string>(entry.Findings.Count);
        foreach (var rule in entry.Findings)
        {
            if (string.IsNullOrWhiteSpace(rule) || rules.Contains(rule, StringComparer.Ordinal)) continue;
            rules.Add(rule);
            AddKeyword(doc, IndexFields.Finding, rule, FindingValues);
            Once(has, "finding");
        }
        foreach (var h2 in has) doc.Add(ReusableTokenField.Keyword(IndexFields.Has, h2));
        return doc;
    }

    /// <summary>A name field with its exact-match field and its facet's doc values field, named once.</summary>
    private sealed class NameField(string field, string? facet)
    {
        public string Field { get; } = field;
        public string Exact { get; } = IndexFields.Exact(field);
        public string? FacetValues { get; } = facet is null ? null : FacetFields.ValuesField(facet);
        /// <summary>Whether a value in this field counts in <c>has:</c>.</summary>
        public bool Counts { get; } = field is IndexFields.Photographer or IndexFields.Agency or IndexFields.Keyword or IndexFields.Place or IndexFields.Credit;
    }

    /// <summary>Adds a <c>has:</c> value once (few per photo: a list beats a set).</summary>
    private static void Once(List<string> has, string value)
    {
        if (!has.Contains(value, StringComparer.Ordinal)) has.Add(value);
    }

    /// <summary>Lucene refuses binary doc values over 32,766 bytes; larger entries go to a stored field.</summary>
    private const int MaxJsonInDocValues = 32_000;

    /// <summary>
    /// The entry as UTF-8 JSON in binary doc values (loading a page of 20 hits this way cost about a tenth of the
    /// CPU that stored fields did at 600,000 photos, which decompress a 16 KB block per hit); the rare huge entry as a
    /// stored field.
    /// </summary>
    private static void AddEntry(List<IIndexableField> doc, PhotoEntry entry)
    {
        var json = EntryJson.SerializeToUtf8(entry);
        if (json.Length <= MaxJsonInDocValues) doc.Add(new BinaryDocValuesField(IndexFields.JsonValues, new BytesRef(json)));
        else doc.Add(new StoredField(IndexFields.Json, System.Text.Encoding.UTF8.GetString(json)));
    }

    private static void AddProse(List<IIndexableField> doc, string field, string? text, List<string> has, string hasName)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        doc.Add(new TextField(field, text, Field.Store.NO));
        Once(has, hasName);
    }

    /// <summary>Each distinct trimmed value once: searchable as words and exactly, and counted as a facet.</summary>
    private static void AddNames(List<IIndexableField> doc, NameField names, IReadOnlyList<string> values, List<string> has)
    {
        if (values.Count == 0) return;
        if (values.Count == 1)
        {
            AddName(doc, names, values[0], has);
            return;
        }
        var added = new List<string>(values.Count);
        foreach (var raw in values)
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var value = raw.Trim();
            if (added.Contains(value, StringComparer.Ordinal)) continue;
            added.Add(value);
            AddValue(doc, names, value, has);
        }
    }

    private static void AddName(List<IIndexableField> doc, NameField names, string? value, List<string> has)
    {
        if (!string.IsNullOrWhiteSpace(value)) AddValue(doc, names, value.Trim(), has);
    }

    private static void AddValue(List<IIndexableField> doc, NameField names, string value, List<string> has)
    {
        doc.Add(new TextField(names.Field, value, Field.Store.NO));
        doc.Add(ReusableTokenField.Keyword(names.Exact, value));
        if (names.FacetValues is not null) doc.Add(new SortedSetDocValuesField(names.FacetValues, new BytesRef(value)));
        if (names.Counts) Once(has, names.Field);
    }

    /// <summary>A lower-case tag value, searchable exactly and counted as a facet (<paramref name="facetValues"/>).</summary>
    private static void AddKeyword(List<IIndexableField> doc, string field, string value, string facetValues)
    {
        var lower = value.Trim().ToLowerInvariant();
        if (lower.Length == 0) return;
        doc.Add(ReusableTokenField.Keyword(field, lower));
        doc.Add(new SortedSetDocValuesField(facetValues, new BytesRef(lower)));
    }

    private static void AddDates(List<IIndexableField> doc, PhotoEntry entry, List<string> has)
    {
        int? sortDay = null;
        DateTime? captureTime = null;
        if (entry.Date is { } date)
        {
            Once(has, "date");
            doc.Add(ReusableTokenField.Int32(IndexFields.DateStart, date.Start.DayNumber));
            doc.Add(ReusableTokenField.Int32(IndexFields.DateEnd, date.End.DayNumber));
            doc.Add(ReusableTokenField.Keyword(IndexFields.DatePrecision, date.Precision.ToString().ToLowerInvariant()));
            var month = date.Precision == Core.Time.DatePrecision.Year ? date.ToIsoString() : $"{date.Year:D4}-{date.Month:D2}";
            doc.Add(new SortedSetDocValuesField(DateValues, new BytesRef(month)));
            doc.Add(new SortedSetDocValuesField(YearValues, new BytesRef($"{date.Year:D4}")));
            sortDay = date.Start.DayNumber;
        }
        if (entry.Metadata.CaptureTime is { } capture)
        {
            Once(has, "capture_time");
            doc.Add(ReusableTokenField.Int32(IndexFields.CaptureDay, capture.Date.DayNumber));
            captureTime = capture.Local;
            sortDay ??= capture.Date.DayNumber;
        }
        doc.Add(new NumericDocValuesField(IndexFields.DateOrder, DateOrder.Ascending(sortDay, captureTime)));
    }

    /// <summary>
    /// A folded sort key; a missing value sorts after every name (U+FFFF), since <c>SortField.MissingValue</c> cannot
    /// be set in this Lucene.Net version.
    /// </summary>
    private static void AddSortKey(List<IIndexableField> doc, string field, string? value)
    {
        var key = string.IsNullOrWhiteSpace(value) ? "\uffff" : TextFolding.Fold(value.Trim());
        doc.Add(new SortedDocValuesField(field, new BytesRef(key)));
    }

    /// <summary>The non-blank values, trimmed, each once ignoring case (the first spelling kept), in order.</summary>
    private static List<string> Distinct(params string?[] values)
    {
        var distinct = new List<string>(values.Length);
        foreach (var raw in values)
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var value = raw.Trim();
            if (!distinct.Contains(value, StringComparer.OrdinalIgnoreCase)) distinct.Add(value);
        }
        return distinct;
    }
}
