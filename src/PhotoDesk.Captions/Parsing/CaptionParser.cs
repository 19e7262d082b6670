using PhotoDesk.Captions.Credits;
using PhotoDesk.Captions.Dates;
using PhotoDesk.Captions.Places;
using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions;

/// <summary>
/// Reads a caption as an archivist would: the credit (photographers, agency chain, roles) from its end or top,
/// the date from the body (relative to the reference day), the place from the body through the gazetteer.
/// Thread-safe and allocation-light; one instance serves the whole process.
/// </summary>
public sealed class CaptionParser : ICaptionParser
{
    private static readonly Lazy<CaptionParser> Shared = new(() => new CaptionParser(PlaceFinder.Default));
    private readonly IPlaceFinder _places;

    public CaptionParser(IPlaceFinder places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = places;
    }

    /// <summary>The parser over the embedded gazetteer (<see cref="PlaceFinder.Default"/>), built on first use.</summary>
    public static CaptionParser Default => Shared.Value;

    public CaptionFacts Parse(string? caption, DateOnly referenceDate)
    {
        if (string.IsNullOrWhiteSpace(caption)) return CaptionFacts.Empty;
        try
        {
            return ParseCore(caption, referenceDate);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Captions are untrusted text: whatever slips through the readers above, the caption itself is kept.
            return CaptionFacts.Empty with { Description = caption.Trim() };
        }
    }

    private CaptionFacts ParseCore(string caption, DateOnly referenceDate)
    {
        var credit = CreditLocator.Locate(caption);
        var contentEnd = CreditLocator.ContentEnd(caption);
        string description;
        if (credit is null)
            description = caption[..contentEnd];
        else if (!caption.AsSpan(0, credit.Start).IsWhiteSpace())
            description = caption[..credit.Start];
        else // a credit line on top: the caption follows it (wire trailers after it stay out)
            description = credit.End < contentEnd ? caption[credit.End..contentEnd] : "";
        description = description.Trim();

        var flags = credit?.Parts.Flags.ToList() ?? [];
        if (IsFilePicture(description) && !flags.Contains(CaptionFlags.File)) flags.Add(CaptionFlags.File);

        var place = FindPlace(description);
        return new CaptionFacts
        {
            Description = description.Length == 0 ? null : description,
            Credit = credit?.Text,
            Photographers = credit?.Parts.Photographers ?? [],
            Agencies = credit?.Parts.Agencies ?? [],
            Flags = flags,
            Date = CaptionDateFinder.Find(description, referenceDate),
            Place = place,
        };
    }

    private Place FindPlace(string description)
    {
        if (description.Length == 0) return Place.Empty;
        try
        {
            return _places.Find(description) ?? Place.Empty;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Place.Empty;
        }
    }

    // AP's "FILE - …" and Reuters' "FILE PHOTO: …" mark an archive picture even when the credit does not.
    private static bool IsFilePicture(string description) =>
        description.StartsWith("FILE -", StringComparison.Ordinal) || description.StartsWith("FILE –", StringComparison.Ordinal) ||
        description.StartsWith("FILE PHOTO", StringComparison.Ordinal) || description.StartsWith("FILE —", StringComparison.Ordinal);
}
