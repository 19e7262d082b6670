using System.Globalization;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Index;

namespace PhotoDesk.Tui.Views;

/// <summary>
/// What the detail pane says about a photo, as styled lines: every field with where its value came from
/// ("[iptc]", "[caption]"), the credit findings, and the caption with the query's matched words marked.
/// </summary>
public static class DetailText
{
    private const int LabelWidth = 11;

    public static List<IReadOnlyList<TextRun>> Build(SearchHit hit, IReadOnlyList<string> findingMessages, int width)
    {
        var e = hit.Entry;
        var m = e.Metadata;
        var lines = new List<IReadOnlyList<TextRun>>();
        void Field(string label, string? value, MetadataSource source)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var runs = new List<TextRun> { TextRun.Of(label.PadRight(LabelWidth), RunStyle.Label), TextRun.Of(value) };
            if (source != MetadataSource.None) runs.Add(TextRun.Of($" [{source.ToName()}]", RunStyle.Dim));
            lines.AddRange(StyledText.Wrap(runs, width, LabelWidth));
        }
        MetadataSource Resolved(string key) => e.Provenance.TryGetValue(key, out var s) ? s : MetadataSource.None;

        lines.AddRange(StyledText.Wrap([TextRun.Of(Path.GetFileName(e.Path), RunStyle.Label)], width));
        Field("Headline", m.Headline, m.SourceOf(PhotoFields.Headline));
        Field("Date", e.Date?.ToIsoString(), Resolved(ResolvedFields.Date));
        Field("By", Join(e.Photographers), Resolved(ResolvedFields.Photographers));
        Field("Agency", Join(e.Agencies), Resolved(ResolvedFields.Agencies));
        Field("Credit", m.CreditLine, m.SourceOf(PhotoFields.CreditLine));
        Field("Source", m.Source, m.SourceOf(PhotoFields.Source));
        Field("Creator", Join(m.Creators), m.SourceOf(PhotoFields.Creators));
        Field("Caption by", e.Caption.Credit, MetadataSource.Caption);
        Field("Sublocation", e.Place.Sublocation, Resolved(ResolvedFields.Sublocation));
        Field("City", e.Place.City, Resolved(ResolvedFields.City));
        Field("Region", e.Place.Region, Resolved(ResolvedFields.Region));
        Field("Country", Country(e), Resolved(ResolvedFields.Country));
        Field("Keywords", Join(e.Keywords), Resolved(ResolvedFields.Keywords));
        Field("Captured", m.CaptureTime?.ToString(), m.SourceOf(PhotoFields.CaptureTime));
        Field("Camera", Camera(m.Make, m.Model), m.SourceOf(PhotoFields.Model));
        Field("Size", Size(e), MetadataSource.None);
        Field("Copyright", m.Copyright, m.SourceOf(PhotoFields.Copyright));
        Field("Usage", m.UsageTerms, m.SourceOf(PhotoFields.UsageTerms));
        Field("Notes", m.Instructions, m.SourceOf(PhotoFields.Instructions));
        Field("Path", e.Path, MetadataSource.None);
        foreach (var warning in m.Warnings) Field("Warning", warning, MetadataSource.None);

        var findings = findingMessages.Count > 0 ? findingMessages : e.Findings;
        foreach (var finding in findings)
            lines.AddRange(StyledText.Wrap([TextRun.Of("Finding".PadRight(LabelWidth), RunStyle.Label), TextRun.Of(finding, RunStyle.Warning)], width, LabelWidth));

        if (!string.IsNullOrWhiteSpace(m.Description))
        {
            lines.Add([TextRun.Of($"Caption [{m.SourceOf(PhotoFields.Description).ToName()}]", RunStyle.Label)]);
            lines.AddRange(StyledText.Wrap(Caption(m.Description, hit.Highlight), width));
        }
        return lines;
    }

    /// <summary>The caption in runs, the words the query matched (marked by the index's highlighter) as <see cref="RunStyle.Match"/>.</summary>
    public static IReadOnlyList<TextRun> Caption(string caption, string? highlight)
    {
        if (string.IsNullOrEmpty(highlight)) return [TextRun.Of(caption)];
        var runs = new List<TextRun>();
        var rest = highlight;
        while (rest.Length > 0)
        {
            var start = rest.IndexOf(PhotoIndex.HighlightStart, StringComparison.Ordinal);
            if (start < 0) { runs.Add(TextRun.Of(rest)); break; }
            if (start > 0) runs.Add(TextRun.Of(rest[..start]));
            rest = rest[(start + PhotoIndex.HighlightStart.Length)..];
            var end = rest.IndexOf(PhotoIndex.HighlightEnd, StringComparison.Ordinal);
            if (end < 0) { runs.Add(TextRun.Of(rest, RunStyle.Match)); break; }
            runs.Add(TextRun.Of(rest[..end], RunStyle.Match));
            rest = rest[(end + PhotoIndex.HighlightEnd.Length)..];
        }
        return runs;
    }

    /// <summary>"Canon EOS R5", not "Canon Canon EOS R5": many cameras repeat the make in the model.</summary>
    private static string? Camera(string? make, string? model)
    {
        if (string.IsNullOrWhiteSpace(model)) return make;
        if (string.IsNullOrWhiteSpace(make) || model.StartsWith(make.Trim(), StringComparison.OrdinalIgnoreCase)) return model;
        return $"{make.Trim()} {model}";
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(", ", values);

    private static string? Country(PhotoEntry e) =>
        e.Place.Country is null ? e.Place.CountryCode : e.Place.CountryCode is null ? e.Place.Country : $"{e.Place.Country} ({e.Place.CountryCode})";

    private static string? Size(PhotoEntry e)
    {
        var dims = e.Metadata.Width is { } w && e.Metadata.Height is { } h ? $"{w}×{h}, " : "";
        return e.FileSize <= 0 ? null : dims + (e.FileSize >= 1 << 20
            ? (e.FileSize / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : (e.FileSize / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB");
    }
}
