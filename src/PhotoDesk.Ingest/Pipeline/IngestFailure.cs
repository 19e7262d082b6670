namespace PhotoDesk.Ingest.Pipeline;

/// <summary>A file (or folder) that could not be ingested, with a one-line reason.</summary>
public sealed record IngestFailure(string Path, string Error);
