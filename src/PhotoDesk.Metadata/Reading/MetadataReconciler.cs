using System.Text;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Chooses each field's value from the blocks, per field: a PhotoDesk sidecar edit wins for the fields it holds;
/// the rest follow the Metadata Working Group 2.0 guidelines as exiftool implements them (Image::ExifTool::MWG).
/// </summary>
internal sealed class MetadataReconciler
{
    private readonly IReadOnlyList<BlockValues> _sidecars;
    private readonly FileBlocks _file;
    private readonly BlockValues? _caption;
    private readonly List<string> _warnings;
    private readonly Dictionary<string, MetadataSource> _provenance = new(StringComparer.Ordinal);

    public MetadataReconciler(FileBlocks file, IReadOnlyList<BlockValues> sidecars, BlockValues? caption, List<string> warnings)
    {
        _file = file;
        _sidecars = sidecars;
        _caption = caption;
        _warnings = warnings;
    }

    public PhotoMetadata Reconcile(string path)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in FieldRules.MwgIimLimits.Keys)
        {
            if (PhotoFields.ListFields.Contains(field)) { if (MwgList(field) is { } l) lists[field] = l; }
            else if (MwgText(field) is { } t) texts[field] = t;
        }
        foreach (var field in FieldRules.XmpThenIim)
        {
            if ((FromSidecar(field) ?? Ordered(field, _file.Xmp, _file.Iim)) is { } t) texts[field] = t;
            WarnIfIimCut(field);
        }
        foreach (var field in FieldRules.ExifThenXmp)
        {
            if ((FromSidecar(field) ?? Ordered(field, _file.Exif, _file.Xmp)) is { } t) texts[field] = t;
        }
        if (string.IsNullOrWhiteSpace(texts.GetValueOrDefault(PhotoFields.Description)) && _caption?.Texts.GetValueOrDefault(PhotoFields.Description) is { } c)
        {
            texts[PhotoFields.Description] = c;
            _provenance[PhotoFields.Description] = MetadataSource.CaptionSidecar;
        }

        Normalise(texts, lists);
        return new PhotoMetadata
        {
            Path = path,
            Creators = lists.GetValueOrDefault(PhotoFields.Creators) ?? [],
            Keywords = lists.GetValueOrDefault(PhotoFields.Keywords) ?? [],
            CreditLine = texts.GetValueOrDefault(PhotoFields.CreditLine),
            Source = texts.GetValueOrDefault(PhotoFields.Source),
            Copyright = texts.GetValueOrDefault(PhotoFields.Copyright),
            Description = texts.GetValueOrDefault(PhotoFields.Description),
            Headline = texts.GetValueOrDefault(PhotoFields.Headline),
            City = texts.GetValueOrDefault(PhotoFields.City),
            Sublocation = texts.GetValueOrDefault(PhotoFields.Sublocation),
            Region = texts.GetValueOrDefault(PhotoFields.Region),
            Country = texts.GetValueOrDefault(PhotoFields.Country),
            CountryCode = texts.GetValueOrDefault(PhotoFields.CountryCode),
            Instructions = texts.GetValueOrDefault(PhotoFields.Instructions),
            UsageTerms = texts.GetValueOrDefault(PhotoFields.UsageTerms),
            Make = texts.GetValueOrDefault(PhotoFields.Make),
            Model = texts.GetValueOrDefault(PhotoFields.Model),
            DateCreated = Pick(PhotoFields.DateCreated, b => b.DateCreated, DateOrder())
                          ?? DateFromExif(),
            CaptureTime = CaptureTime(),
            Gps = Pick(PhotoFields.Gps, b => b.Gps, [.. _sidecars, _file.Exif, _file.Xmp]),
            Width = _file.Width,
            Height = _file.Height,
            Provenance = new System.Collections.ObjectModel.ReadOnlyDictionary<string, MetadataSource>(_provenance),
            Warnings = _warnings.Select(WellFormed).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// Writers pad values with spaces and NUL-terminated junk; a blank value says nothing. Values are trimmed and a
    /// blank value (or list item) is dropped, with its provenance.
    /// </summary>
    private void Normalise(Dictionary<string, string> texts, Dictionary<string, IReadOnlyList<string>> lists)
    {
        foreach (var (field, value) in texts.ToList())
        {
            var trimmed = WellFormed(value).Trim();
            if (trimmed.Length > 0) texts[field] = trimmed;
            else
            {
                texts.Remove(field);
                _provenance.Remove(field);
            }
        }
        foreach (var (field, values) in lists.ToList())
        {
            var kept = values.Select(v => WellFormed(v).Trim()).Where(v => v.Length > 0).ToList();
            if (kept.Count > 0) lists[field] = kept;
            else
            {
                lists.Remove(field);
                _provenance.Remove(field);
            }
        }
    }

    /// <summary>
    /// A lone surrogate (from a character reference such as &amp;#xD800; or a broken UTF-16 packet) is not text:
    /// it becomes U+FFFD, so JSON and terminals always get well-formed Unicode.
    /// </summary>
    private static string WellFormed(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return value;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>The first sidecar (photo.jpg.xmp before photo.xmp) holding the field; a disagreeing second one is reported.</summary>
    private string? FromSidecar(string field)
    {
        string? chosen = null;
        foreach (var s in _sidecars)
        {
            if (!s.Texts.TryGetValue(field, out var v)) continue;
            if (chosen is null) chosen = v;
            else if (v != chosen) _warnings.Add($"the two XMP sidecars disagree on {field}; the one named after the full file name wins");
        }
        return chosen is null ? null : Take(field, MetadataSource.XmpSidecar, chosen);
    }

    private string? Ordered(string field, params BlockValues?[] blocks)
    {
        foreach (var b in blocks)
        {
            if (b is not null && b.Texts.TryGetValue(field, out var v)) return Take(field, b.Source, v);
        }
        return null;
    }

    private T Take<T>(string field, MetadataSource source, T value)
    {
        _provenance[field] = source;
        return value;
    }

    /// <summary>exiftool MWG Description/Copyright: EXIF if not blank; XMP if no IIM or in sync; else IIM (recovering a cut value).</summary>
    private string? MwgText(string field)
    {
        if (FromSidecar(field) is { } sidecar) return sidecar;
        if (_file.Exif?.Texts.GetValueOrDefault(field) is { } exif && exif.Trim(' ').Length > 0) return Take(field, MetadataSource.Exif, exif);
        var xmp = _file.Xmp?.Texts.GetValueOrDefault(field);
        if (PreferXmp(xmp is not null)) return xmp is null ? null : Take(field, _file.Xmp!.Source, xmp);
        var iim = _file.Iim?.Texts.GetValueOrDefault(field);
        if (iim is null)
        {
            if (xmp is not null) _warnings.Add($"XMP {field} ignored: the IPTCDigest says the IIM was changed after the XMP, and the IIM has no {field} (MWG)");
            return null;
        }
        return RecoverCut(field, iim, xmp, FieldRules.MwgIimLimits[field]);
    }

    private IReadOnlyList<string>? MwgList(string field)
    {
        foreach (var s in _sidecars)
        {
            if (s.Lists.TryGetValue(field, out var v)) return Take(field, s.Source, v);
        }
        if (_file.Exif?.Lists.GetValueOrDefault(field) is { } exif && string.Join("; ", exif).Trim(' ').Length > 0)
            return Take(field, MetadataSource.Exif, exif);
        var xmp = _file.Xmp?.Lists.GetValueOrDefault(field);
        if (PreferXmp(xmp is not null)) return xmp is null ? null : Take(field, _file.Xmp!.Source, xmp);
        var iim = _file.Iim?.Lists.GetValueOrDefault(field);
        if (iim is null)
        {
            if (xmp is not null) _warnings.Add($"XMP {field} ignored: the IPTCDigest says the IIM was changed after the XMP, and the IIM has no {field} (MWG)");
            return null;
        }
        var limit = FieldRules.MwgIimLimits[field];
        var recovered = iim.Select((v, i) => RecoverCut(field, v, xmp is not null && i < xmp.Count ? xmp[i] : null, limit)).ToList();
        return recovered;
    }

    /// <summary>MWG: XMP unless an IIM block exists and is newer (stale IPTCDigest), or XMP lacks the value.</summary>
    private bool PreferXmp(bool xmpHasValue) =>
        _file.Digest == DigestState.NoIim || xmpHasValue && _file.Digest is DigestState.Absent or DigestState.Matches;

    /// <summary>An IIM value exactly at its byte limit that begins the longer XMP value was cut: use the XMP value.</summary>
    private string RecoverCut(string field, string iim, string? xmp, int limit)
    {
        if (xmp is not null && xmp.Length > iim.Length && Encoding.UTF8.GetByteCount(iim) == limit && xmp.StartsWith(iim, StringComparison.Ordinal))
        {
            _warnings.Add($"IPTC {field} is cut at {limit} bytes; the full value was taken from XMP");
            return Take(field, _file.Xmp!.Source, xmp);
        }
        return Take(field, _file.Iim!.Source, iim);
    }

    private void WarnIfIimCut(string field)
    {
        if (_file.Iim?.Texts.GetValueOrDefault(field) is not { } iim || _file.Xmp?.Texts.GetValueOrDefault(field) is not { } xmp) return;
        if (!FieldRules.IimLimits.TryGetValue(field, out var limit)) return;
        if (xmp.Length > iim.Length && Encoding.UTF8.GetByteCount(iim) >= limit && xmp.StartsWith(iim, StringComparison.Ordinal))
            _warnings.Add($"IPTC {field} is cut at {limit} bytes; the full value is in XMP");
    }

    private BlockValues?[] DateOrder() =>
        _file.Digest == DigestState.Stale && _file.Iim?.DateCreated is not null
            ? [.. _sidecars, _file.Iim, _file.Xmp]
            : [.. _sidecars, _file.Xmp, _file.Iim];

    private T? Pick<T>(string field, Func<BlockValues, T?> get, BlockValues?[] order) where T : struct
    {
        foreach (var b in order)
        {
            if (b is not null && get(b) is { } v) return Take(field, b.Source, v);
        }
        return null;
    }

    /// <summary>MWG maps EXIF DateTimeOriginal, IIM Date Created and photoshop:DateCreated to one property.</summary>
    private Core.Time.PartialDate? DateFromExif()
    {
        if (_file.Exif?.CaptureTime is not { } t) return null;
        return Take(PhotoFields.DateCreated, MetadataSource.Exif, Core.Time.PartialDate.FromDate(t.Date));
    }

    /// <summary>
    /// EXIF DateTimeOriginal (the camera's clock), else XMP exif:DateTimeOriginal, else Date Created with a time
    /// (MWG maps all three to DateTimeOriginal). An offset only XMP states for the same local time is kept.
    /// </summary>
    private Core.Time.CaptureTime? CaptureTime()
    {
        foreach (var s in _sidecars)
        {
            if ((s.CaptureTime ?? s.CreatedAt) is { } st) return Take(PhotoFields.CaptureTime, s.Source, st);
        }
        var exif = _file.Exif?.CaptureTime;
        var xmp = _file.Xmp?.CaptureTime;
        if (exif is not null)
        {
            if (exif.Offset is null && xmp is { Offset: not null } && xmp.Local == exif.Local) exif = exif with { Offset = xmp.Offset };
            return Take(PhotoFields.CaptureTime, _file.Exif!.Source, exif);
        }
        if (xmp is not null) return Take(PhotoFields.CaptureTime, _file.Xmp!.Source, xmp);
        foreach (var b in DateOrder())
        {
            if (b?.CreatedAt is { } at) return Take(PhotoFields.CaptureTime, b.Source, at);
        }
        return null;
    }
}
