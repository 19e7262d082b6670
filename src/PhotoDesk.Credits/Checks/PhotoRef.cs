namespace PhotoDesk.Credits.Checks;

/// <summary>A photo as findings and batches name it: its index id and its path.</summary>
public sealed record PhotoRef(string Id, string Path);
