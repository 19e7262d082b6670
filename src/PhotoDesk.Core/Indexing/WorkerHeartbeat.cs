using System.Globalization;
using System.Text.Json;

namespace PhotoDesk.Core.Indexing;

/// <summary>
/// The hot-folder worker's heartbeat: a small JSON file in the index folder (<see cref="FileName"/>) that the running
/// worker rewrites every <see cref="Interval"/> and removes when it stops cleanly. Readers (the desk's status bar) learn
/// whether a worker runs and what it does without touching any lock: taking a lock, even briefly, can make a starting
/// ingest fail. A heartbeat older than <see cref="StaleAfter"/> is a worker that died without cleaning up.
/// </summary>
public sealed record WorkerHeartbeat(int ProcessId, string Host, DateTimeOffset StartedAt, DateTimeOffset BeatAt, bool Indexing, string Doing)
{
    public const string FileName = "photodesk-worker.json";
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(10);

    public static string PathIn(string indexPath) => Path.Combine(Path.GetFullPath(indexPath), FileName);

    /// <summary>Beat within <see cref="StaleAfter"/> of <paramref name="now"/> (either way: clocks of two hosts differ a little).</summary>
    public bool IsFresh(DateTimeOffset now) => (now - BeatAt).Duration() <= StaleAfter;

    /// <summary>Writes the heartbeat atomically (a reader never sees half a file).</summary>
    public void WriteTo(string indexPath)
    {
        var target = PathIn(indexPath);
        var temp = $"{target}.{ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
        using (var stream = File.Create(temp))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("pid", ProcessId);
            json.WriteString("host", Host);
            json.WriteString("started", StartedAt);
            json.WriteString("heartbeat", BeatAt);
            json.WriteBoolean("indexing", Indexing);
            json.WriteString("doing", Doing);
            json.WriteEndObject();
        }
        File.Move(temp, target, overwrite: true);
    }

    /// <summary>The heartbeat in <paramref name="indexPath"/>, or null when there is none or it cannot be read.</summary>
    public static WorkerHeartbeat? Read(string indexPath)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(PathIn(indexPath)));
            var root = doc.RootElement;
            return new WorkerHeartbeat(
                root.GetProperty("pid").GetInt32(),
                root.GetProperty("host").GetString() ?? "",
                root.GetProperty("started").GetDateTimeOffset(),
                root.GetProperty("heartbeat").GetDateTimeOffset(),
                root.GetProperty("indexing").GetBoolean(),
                root.GetProperty("doing").GetString() ?? "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException
                                      or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Removes the heartbeat if it is the one of process <paramref name="processId"/> (a clean stop).</summary>
    public static void Remove(string indexPath, int processId)
    {
        if (Read(indexPath) is not { } current || current.ProcessId != processId || current.Host != Environment.MachineName) return;
        try { File.Delete(PathIn(indexPath)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
