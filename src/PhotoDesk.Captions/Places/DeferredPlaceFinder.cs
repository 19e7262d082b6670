using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// <see cref="PlaceFinder.Default"/>, loaded when the first caption asks for a place rather than when the parser is
/// built: a rescan of an unchanged archive parses no caption and so never pays for the gazetteer.
/// </summary>
public sealed class DeferredPlaceFinder : IPlaceFinder
{
    public static DeferredPlaceFinder Instance { get; } = new();

    private DeferredPlaceFinder()
    {
    }

    public Place Find(string? text) => PlaceFinder.Default.Find(text);
}
