using PhotoDesk.SampleArchive.Planning;

namespace PhotoDesk.SampleArchive;

/// <summary>What a build produced: the plan of every photo, the photo and sidecar files written, their total size.</summary>
public sealed record SampleArchiveReport(IReadOnlyList<PhotoPlan> Plans, IReadOnlyList<string> Files, long TotalBytes);
