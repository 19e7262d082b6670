using PhotoDesk.Core.Photos;

namespace PhotoDesk.Core.Editing;

/// <summary>
/// A set of field changes. Keys are <see cref="PhotoFields"/> names; a list field takes several values, a scalar
/// field one; an empty list clears the field.
/// </summary>
public sealed record MetadataPatch(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public static MetadataPatch Of(params (string Field, string? Value)[] changes) =>
        new(changes.ToDictionary(c => c.Field, c => (IReadOnlyList<string>)(c.Value is null ? [] : [c.Value]), StringComparer.Ordinal));

    public bool IsEmpty => Values.Count == 0;
}
