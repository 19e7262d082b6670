using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Learning;

/// <summary>
/// Agency names every news desk knows to be one organisation. Only used to propose aliases in a learnt authority
/// file, which a person reviews; checks never use this list directly.
/// </summary>
public static class KnownAgencyAliases
{
    private static readonly string[][] Groups =
    [
        ["AP", "Associated Press", "AP Photo", "The Associated Press"],
        ["AFP", "Agence France-Presse", "AFP Photo"],
        ["Reuters", "Thomson Reuters"],
        ["Getty Images", "Getty"],
        ["EPA", "EPA-EFE", "European Pressphoto Agency"],
        ["Anadolu", "Anadolu Agency", "Anadolu via Getty Images"],
    ];

    /// <summary>The names known to be the same agency as <paramref name="name"/> (itself excluded), or none.</summary>
    public static IReadOnlyList<string> For(string name)
    {
        var key = NameKey.Of(name);
        var group = Groups.FirstOrDefault(g => g.Any(n => NameKey.Of(n) == key));
        return group is null ? [] : group.Where(n => NameKey.Of(n) != key).ToArray();
    }
}
