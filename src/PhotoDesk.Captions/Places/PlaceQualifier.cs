namespace PhotoDesk.Captions.Places;

/// <summary>", California" or ", Ukraine" after a name, with every area it can mean; <see cref="End"/> is the token after it.</summary>
internal sealed record PlaceQualifier(PlaceArea[] Areas, int End)
{
    public PlaceArea? AreaContaining(GazetteerPlace place)
    {
        foreach (var area in Areas)
            if (area.Contains(place)) return area;
        return null;
    }
}
