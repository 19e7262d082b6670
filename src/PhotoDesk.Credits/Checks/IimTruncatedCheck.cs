using System.Text;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Credits.Checks;

/// <summary>
/// iim-truncated: IPTC-IIM By-line, Credit and Source hold at most 32 bytes. A value cut there is what older readers
/// show. Reported when the IIM value is a shorter prefix of the full value (from XMP or the caption credit), or is
/// exactly 32 bytes with no fuller value anywhere. Reads <see cref="PhotoMetadata.IimValues"/>, plus the reader's
/// warnings that a credit field's IIM copy was cut.
/// </summary>
public sealed class IimTruncatedCheck : ICreditCheck
{
    /// <summary>The IIM limit for By-line (2:80), Credit (2:110) and Source (2:115), in bytes.</summary>
    public const int IimLimit = 32;

    /// <summary>A cut on a UTF-8 boundary leaves between 29 and 32 bytes.</summary>
    private const int ShortestCut = IimLimit - 3;

    private static readonly (string Field, string Label)[] Fields =
    [
        (PhotoFields.Creators, "By-line"), (PhotoFields.CreditLine, "Credit"), (PhotoFields.Source, "Source"),
    ];

    public string Rule => "iim-truncated";
    public FindingSeverity Severity => FindingSeverity.Warning;
    public string Explanation => "An IPTC-IIM By-line, Credit or Source value is cut at the 32-byte IIM limit; software that reads IIM shows the cut value.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in context.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reported = false;
            foreach (var (field, label) in Fields)
            {
                if (!entry.Metadata.IimValues.TryGetValue(field, out var iimValues)) continue;
                foreach (var iim in iimValues.Where(v => Encoding.UTF8.GetByteCount(v) is >= ShortestCut and <= IimLimit))
                {
                    if (Examine(entry, field, label, iim) is not { } finding) continue;
                    reported = true;
                    yield return finding;
                }
            }
            foreach (var warning in entry.Metadata.Warnings.Where(w => !reported && IsTruncationWarning(w)))
            {
                yield return new CreditFinding(CreditFinding.MakeId(Rule, entry.Id + "\n" + warning), Rule, Severity,
                    $"The reader reports: {warning}", [CheckContext.RefOf(entry)], Found: warning, Suggestion: null);
            }
        }
    }

    private CreditFinding? Examine(PhotoEntry entry, string field, string label, string iim)
    {
        var full = FullValues(entry, field)
            .FirstOrDefault(v => v.Length > iim.Length && v.StartsWith(iim, StringComparison.Ordinal) && Encoding.UTF8.GetByteCount(v) > IimLimit);
        var key = CreditFinding.MakeId(Rule, entry.Id + "\n" + field + "\n" + iim);
        if (full is not null)
        {
            return new CreditFinding(key, Rule, Severity,
                $"IIM {label} is cut at the {IimLimit}-byte limit (\"{iim}\"); the full value is \"{full}\".",
                [CheckContext.RefOf(entry)], iim, full);
        }
        if (Encoding.UTF8.GetByteCount(iim) != IimLimit) return null;
        var elsewhere = FullValues(entry, field).Any(v => v.Length > 0 && v != iim);
        if (elsewhere) return null; // a different full value: credit-mismatch territory, not truncation
        return new CreditFinding(key, Rule, Severity,
            $"IIM {label} is exactly {IimLimit} bytes (\"{iim}\") and no fuller value exists: it was probably cut; the full value is missing.",
            [CheckContext.RefOf(entry)], iim, Suggestion: null);
    }

    private static IEnumerable<string> FullValues(PhotoEntry entry, string field)
    {
        var m = entry.Metadata;
        var values = field switch
        {
            PhotoFields.Creators => m.Creators.Concat(entry.Caption.Photographers),
            PhotoFields.CreditLine => new[] { m.CreditLine, entry.Caption.Credit }.OfType<string>(),
            PhotoFields.Source => new[] { m.Source }.OfType<string>().Concat(entry.Caption.Agencies),
            _ => [],
        };
        return values.Where(v => !string.IsNullOrWhiteSpace(v));
    }

    /// <summary>
    /// The reader's wording ("IPTC credit_line is cut at 32 bytes; the full value is in XMP") for a credit field, or
    /// any warning that says an IIM value was truncated.
    /// </summary>
    private static bool IsTruncationWarning(string warning) =>
        Fields.Any(f => warning.StartsWith($"IPTC {f.Field} is cut at", StringComparison.Ordinal))
        || warning.Contains("IIM", StringComparison.OrdinalIgnoreCase) && warning.Contains("truncat", StringComparison.OrdinalIgnoreCase);
}
