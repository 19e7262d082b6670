using System.Security.Cryptography;
using System.Text;

namespace PhotoDesk.Credits.Checks;

/// <summary>
/// One problem a check found: which rule, how bad, a sentence for a person, the photos, what was found and what to use
/// instead. <see cref="FixField"/> is set when <c>credits fix --accept</c> can apply <see cref="Suggestion"/> by itself
/// ("photographer" or "agency"). The id is stable across runs for the same problem.
/// </summary>
public sealed record CreditFinding(
    string Id,
    string Rule,
    FindingSeverity Severity,
    string Message,
    IReadOnlyList<PhotoRef> Photos,
    string? Found,
    string? Suggestion,
    string? FixField = null)
{
    /// <summary>A stable id: the rule's name and a short hash of what identifies the problem (a name, or a photo id).</summary>
    public static string MakeId(string rule, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(rule + "\n" + key));
        return $"{rule}-{Convert.ToHexStringLower(hash)[..8]}";
    }

    public bool CanBeAccepted => FixField is not null && Found is not null && Suggestion is not null;
}
