namespace PhotoDesk.SampleArchive.Planning;

/// <summary>The EXIF block a sample photo gets: what the fictional camera's clock said.</summary>
/// <param name="DateTimeOriginal">The camera's wall-clock time (EXIF has no zone of its own).</param>
/// <param name="Offset">Written as OffsetTimeOriginal when known; null leaves the tag out, as older cameras do.</param>
/// <param name="Agreement">How that day relates to the caption's date.</param>
public sealed record ExifPlan(DateTime DateTimeOriginal, TimeSpan? Offset, ExifDateAgreement Agreement);
