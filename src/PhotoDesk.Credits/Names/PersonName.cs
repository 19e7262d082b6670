namespace PhotoDesk.Credits.Names;

/// <summary>
/// A person's name split for comparison (on its <see cref="NameKey"/>): the first given name, the middle initials
/// ("c" in "Jae C. Hong"), other middle names and the surname.
/// </summary>
public sealed record PersonName(string Key, string First, IReadOnlyList<string> MiddleInitials, IReadOnlyList<string> MiddleNames, string Last)
{
    public int TokenCount => 2 + MiddleInitials.Count + MiddleNames.Count;

    /// <summary>Null for names of fewer than two words (a single word is compared as a whole elsewhere).</summary>
    public static PersonName? Parse(string? name)
    {
        var key = NameKey.Of(name);
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return null;
        var middle = tokens[1..^1];
        return new PersonName(key, tokens[0], middle.Where(t => t.Length == 1).ToArray(), middle.Where(t => t.Length > 1).ToArray(), tokens[^1]);
    }
}
