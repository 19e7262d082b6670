namespace PhotoDesk.Ingest.Entries;

/// <summary>What the file system and the content hash say about a photo, besides its metadata.</summary>
public sealed record PhotoFileFacts(string Path, long FileSize, DateTimeOffset Modified, string? ContentHash, string Origin = "file")
{
    public const string FileOrigin = "file";
    public const string CatalogOrigin = "catalog";
}
