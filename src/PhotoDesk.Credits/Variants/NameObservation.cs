namespace PhotoDesk.Credits.Variants;

/// <summary>A name as the archive uses it: how many photos carry it and with which agencies.</summary>
public sealed record NameObservation(string Name, int Count, IReadOnlyCollection<string> Agencies)
{
    public NameObservation(string name, int count) : this(name, count, []) { }
}
