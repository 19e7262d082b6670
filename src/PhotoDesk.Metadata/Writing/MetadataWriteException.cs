namespace PhotoDesk.Metadata.Writing;

/// <summary>
/// A write was refused or failed: malformed input file, an invalid patch, an unsafe XMP packet or an I/O error.
/// Whenever this is thrown the original photo and its sidecars are untouched.
/// </summary>
public sealed class MetadataWriteException : Exception
{
    public MetadataWriteException(string message) : base(message) { }

    public MetadataWriteException(string message, Exception innerException) : base(message, innerException) { }
}
