namespace PhotoDesk.Core.Photos;

/// <summary>Reads one photo's metadata (the file and its sidecars) into a <see cref="PhotoMetadata"/>.</summary>
public interface IMetadataReader
{
    /// <summary>
    /// Malformed blocks become <see cref="PhotoMetadata.Warnings"/>; only a file that cannot be read at all
    /// throws <see cref="PhotoReadException"/> with a reason a person understands.
    /// </summary>
    PhotoMetadata Read(string path, CancellationToken cancellationToken = default);
}
