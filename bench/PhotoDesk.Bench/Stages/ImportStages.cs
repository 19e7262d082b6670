using System.Diagnostics;
using System.Globalization;
using PhotoDesk.Captions;
using PhotoDesk.Index;
using PhotoDesk.Index.Schema;
using PhotoDesk.Ingest.Entries;
using PhotoDesk.Ingest.Identity;
using PhotoDesk.Ingest.Import;

namespace PhotoDesk.Bench.Stages;

/// <summary>
/// Where catalog import spends its CPU: every stage of one record runs on this thread in turn (read the JSON line,
/// map it, parse the caption and resolve the entry, build the Lucene document, index it) with a stopwatch per stage.
/// What Lucene does on its own threads (merges) shows as the process CPU beyond the stages.
/// </summary>
internal static class ImportStages
{
    public static void Run(string catalog, int count, string indexPath, TextWriter output)
    {
        var lines = File.ReadLines(catalog).Take(count).ToList();
        var factory = new PhotoEntryFactory(CaptionParser.Default);
        _ = CaptionParser.Default.Parse("warm-up, Paris, France. REUTERS/Someone", new DateOnly(2020, 1, 1));
        if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(catalog)) ?? ".";
        var now = DateTimeOffset.UtcNow;
        var times = new long[6];
        string[] names = ["read JSON line", "map record", "caption + entry", "build document", "index document (Lucene)", "commits"];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        using (var writer = PhotoIndex.OpenWriter(indexPath))
        {
            var lastCommit = wall.Elapsed;
            long number = 0;
            foreach (var line in lines)
            {
                var t0 = Stopwatch.GetTimestamp();
                var record = JsonlCatalogReader.Parse(++number, line);
                var t1 = Stopwatch.GetTimestamp();
                var metadata = CatalogMetadataMapper.Map(record.Values!, baseFolder);
                var t2 = Stopwatch.GetTimestamp();
                var facts = new PhotoFileFacts(metadata.Path, 0, now, null, PhotoFileFacts.CatalogOrigin);
                var entry = factory.Create(PhotoIds.ForCatalogRecord(metadata.Path), metadata, facts);
                var t3 = Stopwatch.GetTimestamp();
                _ = PhotoDocumentBuilder.Build(entry);
                var t4 = Stopwatch.GetTimestamp();
                writer.Add(entry); // builds the document again: its index share is this minus the build above
                var t5 = Stopwatch.GetTimestamp();
                times[0] += t1 - t0;
                times[1] += t2 - t1;
                times[2] += t3 - t2;
                times[3] += t4 - t3;
                times[4] += t5 - t4 - (t4 - t3);
                if (wall.Elapsed - lastCommit >= TimeSpan.FromSeconds(5))
                {
                    var c = Stopwatch.GetTimestamp();
                    writer.Commit();
                    times[5] += Stopwatch.GetTimestamp() - c;
                    lastCommit = wall.Elapsed;
                }
            }
            var last = Stopwatch.GetTimestamp();
            writer.Commit();
            times[5] += Stopwatch.GetTimestamp() - last;
        }
        var elapsed = wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var gc = GC.GetTotalPauseDuration() - gcBefore;
        var n = Math.Max(1, lines.Count);
        string Us(double ticks) => (ticks * 1e6 / Stopwatch.Frequency / n).ToString("F1", CultureInfo.InvariantCulture);
        output.WriteLine($"{lines.Count} records, one thread; µs per record");
        output.WriteLine("| stage | µs/record |");
        output.WriteLine("|---|---:|");
        for (var i = 0; i < names.Length; i++) output.WriteLine($"| {names[i]} | {Us(times[i])} |");
        var staged = times.Sum();
        output.WriteLine($"| sum of stages (this thread) | {Us(staged)} |");
        output.WriteLine($"| process CPU (all threads: + merges, GC) | {(cpu.TotalMicroseconds / n).ToString("F1", CultureInfo.InvariantCulture)} |");
        output.WriteLine($"| of which GC pauses | {(gc.TotalMicroseconds / n).ToString("F1", CultureInfo.InvariantCulture)} |");
        output.WriteLine($"wall {elapsed.TotalSeconds:F1} s; index {PhotoIndex.SizeOnDisk(indexPath) / n} bytes per photo");
    }
}
