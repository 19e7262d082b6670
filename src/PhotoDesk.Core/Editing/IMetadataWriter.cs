namespace PhotoDesk.Core.Editing;

/// <summary>Writes metadata without ever re-encoding pixels. Writes are atomic (temporary file, flush, rename).</summary>
public interface IMetadataWriter
{
    WriteOutcome Write(string photoPath, MetadataPatch patch, WriteTarget target, CancellationToken cancellationToken = default);
}
