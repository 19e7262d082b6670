using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Ingest.Worker;

/// <summary>Opens the index for writing (waiting for the lock when <c>wait</c> is true). Supplied by the composition root.</summary>
public delegate IPhotoIndexWriter IndexWriterFactory(string indexPath, bool wait, CancellationToken cancellationToken);
