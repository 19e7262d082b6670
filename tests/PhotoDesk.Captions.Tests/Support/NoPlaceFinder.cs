using PhotoDesk.Captions.Places;
using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Tests.Support;

/// <summary>A place finder that finds nothing: for credit and date tests, which must not depend on the gazetteer.</summary>
public sealed class NoPlaceFinder : IPlaceFinder
{
    public static readonly NoPlaceFinder Instance = new();

    public Place Find(string? text) => Place.Empty;
}
