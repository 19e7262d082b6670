using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PhotoDesk.Credits.Batches;

namespace PhotoDesk.Credits.Journal;

/// <summary>
/// The write-ahead journal of batches, one folder per batch under <c>&lt;index&gt;/journal/</c>: <c>batch.json</c>
/// (who, when, which command, per photo the before/after values and the files it may change) and <c>files/</c>
/// (byte-exact copies of those files as they were). Everything is on disk, flushed, before the first photo changes.
/// </summary>
public sealed class BatchJournal
{
    public const string FolderName = "journal";
    private const string ManifestName = "batch.json";
    private const string BackupFolder = "files";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public BatchJournal(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The journal folder for an index folder.</summary>
    public static BatchJournal ForIndex(string indexDirectory) => new(Path.Combine(indexDirectory, FolderName));

    public string Directory { get; }

    /// <summary>
    /// Sortable and readable: <c>20250614-102205-0007</c> (UTC time, then the batch's number in this journal), so two
    /// batches in one second still sort in the order they ran. Call under the batch lock.
    /// </summary>
    public string NewId(DateTimeOffset now)
    {
        var number = List().Count + 1;
        string id;
        do
        {
            id = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + number.ToString("D4", CultureInfo.InvariantCulture);
            number++;
        }
        while (System.IO.Directory.Exists(BatchFolder(id)));
        return id;
    }

    /// <summary>
    /// Copies every file each photo may change into the batch folder and writes the record as pending.
    /// Returns the record with the backups filled in. Nothing outside the journal has changed yet.
    /// </summary>
    public BatchRecord Begin(BatchRecord header, IReadOnlyList<(PlannedPhoto Plan, IReadOnlyList<string> Files)> photos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        var folder = BatchFolder(header.Id);
        if (System.IO.Directory.Exists(folder)) throw new InvalidOperationException($"batch {header.Id} already exists in the journal");
        var files = Path.Combine(folder, BackupFolder);
        System.IO.Directory.CreateDirectory(files);
        var journaled = new List<JournaledPhoto>(photos.Count);
        var n = 0;
        foreach (var (plan, paths) in photos)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var backups = new List<FileBackup>();
            foreach (var path in paths)
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    backups.Add(new FileBackup { Path = path, Existed = false });
                    continue;
                }
                var name = $"{++n:D6}{Path.GetExtension(path)}";
                AtomicFile.Copy(path, Path.Combine(files, name));
                backups.Add(new FileBackup
                {
                    Path = path, Existed = true, Backup = name, Size = info.Length,
                    Hash = AtomicFile.Sha256(Path.Combine(files, name)), ModifiedUtc = info.LastWriteTimeUtc,
                });
            }
            journaled.Add(new JournaledPhoto { Id = plan.Photo.Id, Path = plan.Photo.Path, Changes = plan.Changes, Files = backups });
        }
        var record = header with { State = BatchState.Pending, StateTime = header.Time, Photos = journaled };
        Save(record);
        return record;
    }

    public void Save(BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        System.IO.Directory.CreateDirectory(BatchFolder(record.Id));
        AtomicFile.WriteAllBytes(Path.Combine(BatchFolder(record.Id), ManifestName), JsonSerializer.SerializeToUtf8Bytes(record, Json));
    }

    /// <summary>The batch, or null when the journal has no such batch.</summary>
    public BatchRecord? Find(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.Contains("..", StringComparison.Ordinal)) return null;
        var manifest = Path.Combine(BatchFolder(id), ManifestName);
        return File.Exists(manifest) ? Read(manifest) : null;
    }

    /// <summary>Every batch, oldest first. A batch folder without a manifest (a crash before the record was written) is ignored.</summary>
    public IReadOnlyList<BatchRecord> List()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        return System.IO.Directory.EnumerateDirectories(Directory)
            .Select(d => Path.Combine(d, ManifestName))
            .Where(File.Exists)
            .Select(Read)
            .OrderBy(r => r.Time).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Puts every file of the batch back exactly as it was (bytes and modification time); deletes files it created.</summary>
    public void RestoreFiles(BatchRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var file in record.Photos.SelectMany(p => p.Files))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!file.Existed)
            {
                if (File.Exists(file.Path)) File.Delete(file.Path);
                continue;
            }
            if (AtomicFile.Sha256(file.Path) != file.Hash)
                AtomicFile.Copy(Path.Combine(BatchFolder(record.Id), BackupFolder, file.Backup!), file.Path);
            if (file.ModifiedUtc is { } modified) File.SetLastWriteTimeUtc(file.Path, modified);
        }
    }

    /// <summary>
    /// Removes the metadata writer's temporary files (<c>.photodesk-tmp-*-NAME</c>) that a process killed mid-write
    /// left beside the batch's files. Only for interrupted batches: the batch lock is held, so no batch is writing.
    /// </summary>
    public static void RemoveWriterLeftovers(BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var file in record.Photos.SelectMany(p => p.Files))
        {
            var folder = Path.GetDirectoryName(file.Path);
            if (folder is null || !System.IO.Directory.Exists(folder)) continue;
            var pattern = $"{Metadata.Writing.AtomicFile.TempPrefix}*-{Path.GetFileName(file.Path)}";
            foreach (var leftover in System.IO.Directory.EnumerateFiles(folder, pattern)) File.Delete(leftover);
        }
    }

    /// <summary>The state of the batch's files now, recorded when it is applied.</summary>
    public static BatchRecord WithHashesAfter(BatchRecord record) => record with
    {
        Photos = record.Photos.Select(p => p with
        {
            Files = p.Files.Select(f => f with { HashAfter = AtomicFile.Sha256(f.Path), ExistsAfter = File.Exists(f.Path) }).ToArray(),
        }).ToArray(),
    };

    /// <summary>Files whose content is no longer what the batch left (changed by someone else since).</summary>
    public static IReadOnlyList<string> ChangedSince(BatchRecord record) =>
        record.Photos.SelectMany(p => p.Files)
            .Where(f => f.ExistsAfter is not null && (File.Exists(f.Path) != f.ExistsAfter || AtomicFile.Sha256(f.Path) != f.HashAfter))
            .Select(f => f.Path)
            .ToList();

    private string BatchFolder(string id) => Path.Combine(Directory, id);

    private static BatchRecord Read(string manifest)
    {
        try
        {
            return JsonSerializer.Deserialize<BatchRecord>(File.ReadAllBytes(manifest), Json)
                   ?? throw new InvalidDataException($"{manifest}: empty batch record");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{manifest}: the batch record is damaged ({e.Message})", e);
        }
    }
}
