namespace PhotoDesk.Credits.Authority;

public enum AuthorityMessageLevel
{
    Warning,
    Error,
}

/// <summary>A problem in an authority file, said so that the person editing it can fix it.</summary>
public sealed record AuthorityMessage(AuthorityMessageLevel Level, string Text)
{
    public override string ToString() => $"{(Level == AuthorityMessageLevel.Error ? "error" : "warning")}: {Text}";
}
