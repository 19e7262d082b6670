using Microsoft.Extensions.Logging;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>Structured log messages of ingest and the worker.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Could not ingest {Path}: {Error}")]
    public static partial void FileFailed(ILogger logger, string path, string error);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Ingest finished: {Scanned} scanned, {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs} ms")]
    public static partial void Finished(ILogger logger, long scanned, long added, long updated, long unchanged, long removed, long failed, long elapsedMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Committed {Pending} changes")]
    public static partial void Committed(ILogger logger, int pending);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Moved {OldPath} to {NewPath}; keeps id {Id}")]
    public static partial void Moved(ILogger logger, string oldPath, string newPath, string id);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Interrupted: committed what was done, removals not applied")]
    public static partial void Interrupted(ILogger logger);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "No thumbnail for {Path}")]
    public static partial void NoThumbnail(ILogger logger, string path);
}
