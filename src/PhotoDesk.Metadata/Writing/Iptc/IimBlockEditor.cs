using System.Globalization;
using System.Text;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>
/// Applies field edits on top of existing IIM datasets and produces the new block: 1:00, 1:90 = UTF-8, 2:00, then
/// every dataset in ascending record:number order (repeats keep their order). Datasets nobody edited are kept; old
/// non-UTF-8 text is re-encoded as UTF-8 so the 1:90 marker tells the truth. New values are cut at the IIM byte
/// limit on a character boundary — the full value stays in XMP.
/// </summary>
internal static class IimBlockEditor
{
    private static readonly byte[] Version4 = [0x00, 0x04];

    public static byte[] Apply(IReadOnlyList<IimDataSet> existing, FieldEdits edits)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(edits);
        var charset = existing.FirstOrDefault(d => d.Record == 1 && d.Number == 90)?.Value;
        var envelopeVersion = existing.FirstOrDefault(d => d.Record == 1 && d.Number == 0)?.Value;
        var appVersion = existing.FirstOrDefault(d => d.Record == 2 && d.Number == 0)?.Value;

        var replaced = new HashSet<int>();
        foreach (var field in edits.Fields)
        {
            if (!IimFieldMap.TryGet(field, out var t)) continue;
            replaced.Add((2 << 8) | t.Number);
            // A time of day belongs to the date it was written with: a new date drops the old 2:60.
            if (t.Number == IimFieldMap.DateCreated) replaced.Add((2 << 8) | IimFieldMap.TimeCreated);
        }

        var result = new List<IimDataSet>
        {
            new(1, 0, envelopeVersion is { Length: 2 } ? envelopeVersion : Version4),
            new(1, 90, IimText.Utf8Marker),
            new(2, 0, appVersion is { Length: 2 } ? appVersion : Version4),
        };
        foreach (var d in existing)
        {
            if (d.Record == 1 && d.Number is 0 or 90) continue;
            if (d.Record == 2 && d.Number == 0) continue;
            if (replaced.Contains(d.Key)) continue;
            result.Add(IimFieldMap.IsBinary(d.Record, d.Number) ? d : Transcode(d, charset));
        }
        foreach (var field in edits.Fields)
        {
            if (!IimFieldMap.TryGet(field, out var t)) continue;
            var values = edits.ValuesOf(field);
            if (!t.Repeatable) values = values.Take(1).ToList();
            foreach (var v in values)
            {
                var text = field == PhotoFields.DateCreated ? ToIimDate(v) : v;
                result.Add(new IimDataSet(2, t.Number, IimText.EncodeLimited(text, t.MaxBytes)));
            }
        }
        // OrderBy is stable: repeated datasets (keywords, by-lines) keep their order.
        return IimEncoder.Encode(result.OrderBy(d => d.Key));
    }

    /// <summary>Re-encodes old text as UTF-8 (no change for text that already is UTF-8 or plain ASCII).</summary>
    private static IimDataSet Transcode(IimDataSet d, byte[]? charset)
    {
        if (charset is not null && IimText.DeclaresUtf8(charset)) return d;
        var text = IimText.Decode(d.Value, charset);
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (utf8.AsSpan().SequenceEqual(d.Value)) return d;
        // Never make a dataset break its limit because of the re-encoding; one that already broke it keeps its length.
        var limit = Math.Max(IimFieldMap.LimitOf(d.Number) ?? int.MaxValue, d.Value.Length);
        return d with { Value = IimText.EncodeLimited(text, limit) };
    }

    /// <summary>IIM 2:55 is CCYYMMDD; an unknown month or day is written as 00 (IIM 4.2, dataset 2:55).</summary>
    private static string ToIimDate(string iso)
    {
        if (!PartialDate.TryParseIso(iso, out var date)) throw new MetadataWriteException($"not a date: '{iso}'");
        var month = date.Precision >= DatePrecision.Month ? date.Month : 0;
        var day = date.Precision >= DatePrecision.Day ? date.Day : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}{month:D2}{day:D2}");
    }
}
