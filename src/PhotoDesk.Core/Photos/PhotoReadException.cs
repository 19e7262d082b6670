namespace PhotoDesk.Core.Photos;

/// <summary>A file that could not be read as a photo at all. The message is one line, for people and logs.</summary>
public sealed class PhotoReadException(string path, string reason, Exception? inner = null)
    : Exception($"{reason}", inner)
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
