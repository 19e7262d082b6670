using System.Text;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Ingest.Import;

/// <summary>
/// Reads a CSV catalog export (RFC 4180: comma-separated, fields optionally in double quotes, <c>""</c> for a quote
/// inside, line breaks allowed inside quotes, CRLF or LF) with a header row naming the fields. List fields
/// (creators, keywords) are <c>;</c>-separated. Streams: one record in memory at a time.
/// </summary>
public sealed class CsvCatalogReader
{
    public IEnumerable<CatalogRecord> Read(TextReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        long line = 1;
        var header = ReadRow(input, ref line, out _);
        if (header is null) yield break;
        var fields = header.Select(CatalogFieldNames.Normalize).ToArray();
        if (!fields.Contains(PhotoFields.Path))
        {
            yield return new CatalogRecord(1, null, "the header row has no 'path' column");
            yield break;
        }
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = ReadRow(input, ref line, out var startLine);
            if (row is null) yield break;
            if (row.Count == 1 && row[0].Length == 0) continue; // blank line
            if (row.Count > fields.Length)
            {
                yield return new CatalogRecord(startLine, null, $"{row.Count} fields where the header has {fields.Length}");
                continue;
            }
            var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (var i = 0; i < row.Count; i++)
            {
                if (fields[i] is not { } field || row[i].Length == 0) continue;
                values[field] = PhotoFields.ListFields.Contains(field)
                    ? row[i].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    : [row[i]];
            }
            yield return new CatalogRecord(startLine, values);
        }
    }

    /// <summary>One row (a record may span lines inside quotes), or null at the end of input.</summary>
    private static List<string>? ReadRow(TextReader input, ref long line, out long startLine)
    {
        startLine = line;
        var c = input.Read();
        if (c < 0) return null;
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            if (c < 0)
            {
                row.Add(field.ToString());
                return row;
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (input.Peek() == '"') { field.Append('"'); input.Read(); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && input.Peek() == '\n') input.Read();
                line++;
                row.Add(field.ToString());
                return row;
            }
            else
            {
                field.Append(ch);
            }
            c = input.Read();
        }
    }
}
