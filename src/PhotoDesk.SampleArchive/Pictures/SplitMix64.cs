namespace PhotoDesk.SampleArchive.Pictures;

/// <summary>
/// A tiny seeded generator (SplitMix64) so every photo's picture is fixed by its number, on every machine and .NET
/// version (System.Random's sequence is not promised across versions).
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Between(double min, double max) => min + (max - min) * NextDouble();

    public int Between(int min, int maxExclusive) => min + (int)(NextUInt64() % (ulong)(maxExclusive - min));

    /// <summary>A stateless hash of a pixel position, for grain that does not depend on drawing order.</summary>
    public static uint Hash(ulong seed, int x, int y)
    {
        var z = seed ^ ((ulong)(uint)x << 32 | (uint)y);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (uint)(z ^ (z >> 31));
    }
}
