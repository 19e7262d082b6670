using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// Finds the place a caption names, with the embedded GeoNames gazetteer: datelines ("LOS ANGELES, CALIFORNIA -
/// JUNE 10:", "PARIS (AP) —"), "in City[, State][, Country]", "the X neighborhood of City", "downtown City",
/// "near Landmark in City", and states or countries alone. Full names out ("Calif." → California, "U.S." →
/// United States). Stateless and thread-safe: share <see cref="Default"/>.
/// </summary>
public sealed class PlaceFinder : IPlaceFinder
{
    private static readonly Lazy<PlaceFinder> Shared =
        new(() => new PlaceFinder(Gazetteer.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    public PlaceFinder(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
    }

    /// <summary>The finder over the embedded gazetteer, loaded on first use (once per process).</summary>
    public static PlaceFinder Default => Shared.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>Starts loading <see cref="Default"/> in the background, so the first caption does not wait for it.</summary>
    public static Task PreloadAsync() => Task.Run(() => Default);

    public Place Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Place.Empty;
        using var scan = new PlaceScan(Gazetteer, text);
        return scan.Find();
    }
}
