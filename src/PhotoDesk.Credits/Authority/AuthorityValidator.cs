using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Authority;

/// <summary>The rules a usable authority file follows. Errors make a file unusable; warnings are shown and tolerated.</summary>
internal static class AuthorityValidator
{
    public static IReadOnlyList<AuthorityMessage> Validate(CreditAuthority authority)
    {
        var messages = new List<AuthorityMessage>();
        CheckNames(messages, "photographer", authority.Photographers.Select(p => (p.Canonical, p.Aliases)));
        CheckNames(messages, "agency", authority.Agencies.Select(a => (a.Canonical, a.Aliases)));

        var roles = authority.Roles.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var p in authority.Photographers.Where(p => roles.Contains(NameKey.Of(p.Canonical))))
            messages.Add(Error($"photographer \"{p.Canonical}\" is a role word ({string.Join(", ", authority.Roles)}), not a name"));

        var agencyKeys = authority.Agencies.SelectMany(a => a.Aliases.Append(a.Canonical)).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        if (authority.Agencies.Count > 0)
        {
            foreach (var p in authority.Photographers)
                foreach (var agency in p.Agencies.Where(a => !agencyKeys.Contains(NameKey.Of(a))))
                    messages.Add(Warning($"photographer \"{p.Canonical}\" is affiliated with \"{agency}\", which is not in the agencies list"));
        }
        foreach (var a in authority.Agencies.Where(a => a.CreditStyle is { } s && !s.Contains(CreditAuthority.PhotographerPlaceholder, StringComparison.Ordinal)))
            messages.Add(Warning($"agency \"{a.Canonical}\": credit_style \"{a.CreditStyle}\" has no {CreditAuthority.PhotographerPlaceholder} placeholder"));
        return messages;
    }

    private static void CheckNames(List<AuthorityMessage> messages, string kind, IEnumerable<(string Canonical, IReadOnlyList<string> Aliases)> entries)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (canonical, aliases) in entries)
        {
            index++;
            if (string.IsNullOrWhiteSpace(canonical))
            {
                messages.Add(Error($"{kind} #{index} has no canonical name"));
                continue;
            }
            foreach (var name in aliases.Prepend(canonical))
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    messages.Add(Error($"{kind} \"{canonical}\" has an empty alias"));
                    continue;
                }
                var key = NameKey.Of(name);
                if (owner.TryGetValue(key, out var other))
                {
                    if (other != canonical)
                        messages.Add(Error($"\"{name}\" is claimed by {kind} \"{other}\" and by {kind} \"{canonical}\""));
                    else if (name != canonical)
                        messages.Add(Warning($"{kind} \"{canonical}\" lists \"{name}\" twice (or as an alias of itself)"));
                    continue;
                }
                owner[key] = canonical;
            }
        }
    }

    private static AuthorityMessage Error(string text) => new(AuthorityMessageLevel.Error, text);
    private static AuthorityMessage Warning(string text) => new(AuthorityMessageLevel.Warning, text);
}
