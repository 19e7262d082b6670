namespace PhotoDesk.Core.Editing;

/// <summary>What a write did: the file that now holds the edit and the target actually used.</summary>
public sealed record WriteOutcome(string WrittenPath, WriteTarget Target, string? Note = null);
