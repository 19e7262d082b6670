using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// An open index writer together with what it holds (stamps by path, id and content). One-shot ingests open one
/// per run; the worker keeps one for its whole life, so its many small runs do not re-read every stamp. The writer
/// stays the caller's to dispose.
/// </summary>
public sealed class IngestSession
{
    public IngestSession(IPhotoIndexWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
        Existing = new ExistingPhotos(writer.ReadStamps());
    }

    public IPhotoIndexWriter Writer { get; }

    internal ExistingPhotos Existing { get; }

    /// <summary>Photos in the index when the session opened, plus what it wrote since.</summary>
    public int Count => Existing.Count;
}
