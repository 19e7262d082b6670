using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Credits.Indexing;

/// <summary>Builds an index entry the way ingest does (ingest's PhotoEntryFactory): id, metadata, stamp, content hash.</summary>
public delegate PhotoEntry EntryBuilder(string id, PhotoMetadata metadata, PhotoFileStamp stamp, string? contentHash);
