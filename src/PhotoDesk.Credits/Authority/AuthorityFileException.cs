namespace PhotoDesk.Credits.Authority;

/// <summary>An authority file that cannot be used: not JSON, or with errors listed in <see cref="Messages"/>.</summary>
public sealed class AuthorityFileException(string path, string reason, IReadOnlyList<AuthorityMessage>? messages = null, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string FilePath { get; } = path;
    public IReadOnlyList<AuthorityMessage> Messages { get; } = messages ?? [];
}
