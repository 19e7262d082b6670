namespace PhotoDesk.Core.Indexing;

/// <summary>What incremental ingest compares: a photo is unchanged when size and modification time match.</summary>
public sealed record FileStamp(string Id, string Path, long FileSize, DateTimeOffset Modified, string? ContentHash);
