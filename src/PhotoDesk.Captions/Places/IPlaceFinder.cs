using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Places;

/// <summary>Finds the place a caption's text names (datelines, "in City, State", "the X neighborhood of City", …).</summary>
public interface IPlaceFinder
{
    /// <param name="text">Caption text without its credit.</param>
    /// <returns>The place, or <see cref="Place.Empty"/> when the text names none. Never throws.</returns>
    Place Find(string? text);
}
