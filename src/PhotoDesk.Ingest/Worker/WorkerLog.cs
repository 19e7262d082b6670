using Microsoft.Extensions.Logging;

namespace PhotoDesk.Ingest.Worker;

internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Watching {Root}")]
    public static partial void Watching(ILogger logger, string root);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Watcher error on {Root}; a rescan will catch up: {Error}")]
    public static partial void WatcherError(ILogger logger, string root, string error);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Indexed {Count} changed files ({Added} added, {Updated} updated, {Removed} removed, {Failed} failed) in {ElapsedMs} ms")]
    public static partial void Refreshed(ILogger logger, int count, long added, long updated, long removed, long failed, long elapsedMs);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Rescan of {RootCount} folders: {Added} added, {Updated} updated, {Removed} removed, {Failed} failed in {ElapsedMs} ms")]
    public static partial void Rescanned(ILogger logger, int rootCount, long added, long updated, long removed, long failed, long elapsedMs);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Opened index {IndexPath} with {Count} photos; worker ready")]
    public static partial void Ready(ILogger logger, string indexPath, int count);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Worker stopping; index committed")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 206, Level = LogLevel.Error, Message = "Indexing pass failed; retrying on the next change or rescan")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Watch folder {Root} does not exist; only rescans will find it once it does")]
    public static partial void MissingRoot(ILogger logger, string root);

    [LoggerMessage(EventId = 209, Level = LogLevel.Debug, Message = "Rescan of {RootCount} folders: nothing changed ({Unchanged} photos) in {ElapsedMs} ms")]
    public static partial void RescannedQuiet(ILogger logger, int rootCount, long unchanged, long elapsedMs);

    [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "{Notice}; the first rescan fills it again from the watched folders (run 'photodesk reindex' for other folders and imported catalogs)")]
    public static partial void IndexCleared(ILogger logger, string notice);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Could not index {Path}: {Error} (named once; later rescans count it while it fails the same way)")]
    public static partial void FileFailed(ILogger logger, string path, string error);

    [LoggerMessage(EventId = 212, Level = LogLevel.Debug, Message = "Rescan of {RootCount} folders: nothing new ({Unchanged} photos unchanged, {Failed} still failing) in {ElapsedMs} ms")]
    public static partial void RescannedStillFailing(ILogger logger, int rootCount, long unchanged, long failed, long elapsedMs);

    [LoggerMessage(EventId = 208, Level = LogLevel.Critical, Message = "Worker cannot go on; stopping")]
    public static partial void Fatal(ILogger logger, Exception exception);
}
