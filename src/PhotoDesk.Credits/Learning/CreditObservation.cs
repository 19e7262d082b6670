using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Credits.Learning;

/// <summary>The credit of one photo as the archive has it: who, which agencies (originating first) and the caption's credit text.</summary>
public sealed record CreditObservation(IReadOnlyList<string> Photographers, IReadOnlyList<string> Agencies, string? CreditText = null)
{
    public static CreditObservation From(PhotoEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var photographers = entry.Photographers.Count > 0 ? entry.Photographers : entry.Caption.Photographers;
        var agencies = entry.Agencies.Count > 0 ? entry.Agencies : entry.Caption.Agencies;
        return new CreditObservation(photographers, agencies, entry.Caption.Credit);
    }
}
