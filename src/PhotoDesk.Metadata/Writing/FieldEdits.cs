using System.Text;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Metadata.Writing;

/// <summary>
/// A <see cref="MetadataPatch"/> checked and normalised once, before any file is touched: only editable fields, one
/// value for a scalar field, list items trimmed and empty items dropped, dates as <c>YYYY[-MM[-DD]]</c>, and no text
/// that XML or IIM cannot carry. An empty value list means "clear the field".
/// </summary>
internal sealed class FieldEdits
{
    /// <summary>A single value larger than this is refused (a caption is a few KB; XMP is not a file store).</summary>
    public const int MaxValueBytes = 1 << 20;

    private readonly Dictionary<string, IReadOnlyList<string>> _values;

    private FieldEdits(Dictionary<string, IReadOnlyList<string>> values) => _values = values;

    /// <summary>Edited field names in <see cref="PhotoFields.Editable"/> order.</summary>
    public IEnumerable<string> Fields => PhotoFields.Editable.Where(_values.ContainsKey);

    public bool IsEmpty => _values.Count == 0;

    public bool Contains(string field) => _values.ContainsKey(field);

    /// <summary>The new values of <paramref name="field"/>; empty when the field is cleared.</summary>
    public IReadOnlyList<string> ValuesOf(string field) => _values[field];

    /// <summary>The new scalar value, or null when the field is cleared.</summary>
    public string? ScalarOf(string field) => _values[field] is [var v, ..] ? v : null;

    /// <exception cref="MetadataWriteException">An unknown or read-only field, several values for a scalar field,
    /// a date that is not YYYY, YYYY-MM or YYYY-MM-DD, or text XML cannot hold.</exception>
    public static FieldEdits From(MetadataPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        ArgumentNullException.ThrowIfNull(patch.Values);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, raw) in patch.Values)
        {
            if (!PhotoFields.IsEditable(field))
                throw new MetadataWriteException($"'{field}' is not an editable field (editable: {string.Join(", ", PhotoFields.Editable)})");
            var values = (raw ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
            if (!PhotoFields.ListFields.Contains(field) && values.Count > 1)
                throw new MetadataWriteException($"'{field}' takes one value, got {values.Count}");
            foreach (var v in values) CheckText(field, v);
            if (field == PhotoFields.DateCreated && values.Count == 1)
            {
                if (!PartialDate.TryParseIso(values[0], out var date))
                    throw new MetadataWriteException($"'{field}' must be YYYY, YYYY-MM or YYYY-MM-DD, got '{values[0]}'");
                values[0] = date.ToIsoString();
            }
            result[field] = values;
        }
        return new FieldEdits(result);
    }

    private static void CheckText(string field, string value)
    {
        if (Encoding.UTF8.GetByteCount(value) > MaxValueBytes)
            throw new MetadataWriteException($"'{field}' value is larger than {MaxValueBytes} bytes");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            // XML 1.0 allows tab, LF, CR and no other C0 control; lone surrogates and U+FFFE/U+FFFF cannot be encoded.
            var bad = (c < 0x20 && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
            if (bad)
                throw new MetadataWriteException($"'{field}' contains a control character (U+{(int)c:X4}) that XMP cannot hold");
        }
    }
}
