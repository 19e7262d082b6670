using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Places;

/// <summary>How sure a reading is; lower wins. Among equals, the one named first in the caption wins.</summary>
internal enum ReadingStrength : byte
{
    /// <summary>"LOS ANGELES, CALIFORNIA - JUNE 10:", "PARIS (AP) —".</summary>
    Dateline = 0,
    /// <summary>"in Paramount, California", "in downtown Los Angeles", "the Compton neighborhood of Los Angeles".</summary>
    City = 1,
    /// <summary>"in California", "in eastern Ukraine".</summary>
    Region = 2,
    /// <summary>"the mayor of Paris", "migrants from Honduras".</summary>
    WeakCity = 3,
    WeakRegion = 4,
}

/// <summary>One way of reading a place out of a caption; <see cref="PlaceScan"/> keeps the best.</summary>
internal sealed record PlaceReading(ReadingStrength Strength, int Position, Place Place)
{
    public bool IsBetterThan(PlaceReading? other) =>
        other is null || Strength < other.Strength || Strength == other.Strength && Position < other.Position;
}
