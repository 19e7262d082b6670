using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Indexing;

namespace PhotoDesk.Credits.Desk;

/// <summary>The components a credit desk works with: read and write photo metadata, parse captions, build index entries as ingest does.</summary>
public sealed record CreditServices(IMetadataReader Reader, IMetadataWriter Writer, ICaptionParser Parser, EntryBuilder BuildEntry);
