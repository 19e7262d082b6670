using System.Text.Json;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Credits.Tests.Variants;

/// <summary>The photographers of the seed gallery (49 captions) with their photo counts and agencies.</summary>
internal static class SeedPhotographers
{
    /// <summary>Own copy of the seed's list, so the test runs without ../shared.</summary>
    public static readonly IReadOnlyList<NameObservation> List =
    [
        new("Aude Guerrucci", 3, ["Reuters"]),
        new("Barbara Davidson", 4, ["Reuters"]),
        new("Daniel Cole", 3, ["Reuters"]),
        new("David Pashaee", 1, ["Middle East Images", "AFP", "Getty Images"]),
        new("David Ryder", 2, ["Reuters"]),
        new("David Swanson", 2, ["Reuters"]),
        new("Eric Thayer", 1, ["AP"]),
        new("Ethan Swope", 1, ["AP"]),
        new("Etienne Laurent", 1, ["AFP", "Getty Images"]),
        new("Genaro Molina", 1, ["Los Angeles Times", "Getty Images"]),
        new("Gina Ferazzi", 2, ["Los Angeles Times", "Getty Images"]),
        new("Jae C. Hong", 4, ["AP"]),
        new("Jae Hong", 1, ["AP"]),
        new("Jason Armond", 1, ["Los Angeles Times", "Getty Images"]),
        new("Jim Vondruska", 3, ["Getty Images"]),
        new("Joshua Lott", 1, ["The Washington Post", "Getty Images"]),
        new("Kevin Mohatt", 1, ["Reuters"]),
        new("Leah Millis", 1, ["Reuters"]),
        new("Mario Tama", 3, ["Getty Images"]),
        new("Nick Ut", 1, ["Getty Images"]),
        new("Pilar Olivares", 1, ["Reuters"]),
        new("Ringo Chiu", 4, ["AFP", "Getty Images"]),
        new("Ringo Ciu", 1, ["AFP", "Getty Images"]),
        new("Robert Gauthier", 1, ["Los Angeles Times", "Getty Images"]),
        new("Robyn Beck", 1, ["AFP", "Getty Images"]),
        new("Spencer Platt", 4, ["Getty Images"]),
    ];

    /// <summary>One observation per photographer per caption, from the jsonl's expected fields.</summary>
    public static IReadOnlyList<NameObservation> FromJsonl(string path)
    {
        var observations = new List<NameObservation>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.GetProperty("expected");
            var agencies = expected.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()!).ToArray();
            foreach (var p in expected.GetProperty("photographers").EnumerateArray())
                observations.Add(new NameObservation(p.GetString()!, 1, agencies));
        }
        return observations;
    }
}
