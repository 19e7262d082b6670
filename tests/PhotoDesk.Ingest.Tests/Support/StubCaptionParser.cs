using PhotoDesk.Core.Captions;

namespace PhotoDesk.Ingest.Tests.Support;

/// <summary>
/// A caption parser for pipeline tests: a caption ending "(Name/Agency)" gives that photographer and agency; it
/// records the reference dates it was given. The real parser is PhotoDesk.Captions.CaptionParser.
/// </summary>
public sealed class StubCaptionParser(CaptionFacts? fixedFacts = null) : ICaptionParser
{
    public List<DateOnly> ReferenceDates { get; } = [];

    public CaptionFacts Parse(string? caption, DateOnly referenceDate)
    {
        lock (ReferenceDates) ReferenceDates.Add(referenceDate);
        if (fixedFacts is not null) return fixedFacts;
        if (caption is null) return CaptionFacts.Empty;
        var open = caption.LastIndexOf('(');
        var close = caption.LastIndexOf(')');
        if (open < 0 || close < open) return new CaptionFacts { Description = caption };
        var parts = caption[(open + 1)..close].Split('/');
        return new CaptionFacts
        {
            Description = caption[..open].Trim(),
            Credit = caption[(open + 1)..close],
            Photographers = [parts[0].Trim()],
            Agencies = parts.Skip(1).Select(p => p.Trim()).ToArray(),
        };
    }
}
