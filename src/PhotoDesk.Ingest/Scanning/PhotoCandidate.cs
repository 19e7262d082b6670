namespace PhotoDesk.Ingest.Scanning;

/// <summary>
/// A photo found on disk with its sidecars and its stamp. The stamp covers the photo and its sidecars: a sidecar
/// edit is a change to the photo. <see cref="StampSize"/> is the photo's size plus its sidecars' sizes (so a
/// removed sidecar shows), <see cref="Modified"/> the newest modification time among them.
/// </summary>
public sealed record PhotoCandidate(string Path, IReadOnlyList<string> Sidecars, long StampSize, DateTimeOffset Modified);
