using System.Diagnostics;
using System.Security;
using System.Text.Json;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PhotoDesk.Cli.Tests;

/// <summary>
/// Generated archives for the ingest, worker and import tests: real JPEGs (ImageSharp) with XMP sidecars the real
/// metadata reader reads, and helpers to run photodesk in the background and to read search results.
/// </summary>
public sealed class IngestArchive(string root)
{
    public string Root { get; } = root;

    public static byte[] Jpeg(int seed, int width = 48, int height = 32)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgb24((byte)random.Next(256), (byte)(x * 5 + seed), (byte)(y * 7));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    /// <summary>A photo with an XMP sidecar holding the caption (and optionally creators and a city).</summary>
    public string Photo(string relative, int seed, string? caption = null, string? creator = null, string? city = null)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Jpeg(seed));
        if (caption is not null || creator is not null || city is not null)
            File.WriteAllText(Path.ChangeExtension(path, ".xmp"), Xmp(caption, creator, city));
        return path;
    }

    public static string Xmp(string? caption, string? creator, string? city)
    {
        static string E(string s) => SecurityElement.Escape(s)!;
        var body = "";
        if (caption is not null) body += $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(caption)}</rdf:li></rdf:Alt></dc:description>";
        if (creator is not null) body += $"<dc:creator><rdf:Seq><rdf:li>{E(creator)}</rdf:li></rdf:Seq></dc:creator>";
        if (city is not null) body += $"<photoshop:City>{E(city)}</photoshop:City>";
        return "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">"
            + body + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    }

    /// <summary>The three photos most tests start from.</summary>
    public void Standard()
    {
        Photo("2025/06/fire.jpg", 1, "A firefighter works a blaze in Paramount, Calif., on Saturday, June 7, 2025. (AP Photo/Jae C. Hong)");
        Photo("2025/06/protest.jpg", 2, "Protesters gather in Los Angeles on June 8, 2025. (Photo by Ringo Chiu/AFP via Getty Images)");
        Photo("2025/06/plain.jpg", 3, "A street at dawn.", creator: "Jae C. Hong", city: "Paramount");
    }

    public static JsonElement Json(CliRunner.Result r)
    {
        var line = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    /// <summary>(id, path) of every hit of a query, by path (the real index, searched in this process).</summary>
    /// <summary>Stamps the index's newest commit with another PhotoDesk index format, as an older release wrote it.</summary>
    public static void MarkAsFormat(string index, string format)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(index);
        using var analyzer = new Lucene.Net.Analysis.Core.KeywordAnalyzer();
        var config = new Lucene.Net.Index.IndexWriterConfig(PhotoIndex.LuceneVersion, analyzer) { OpenMode = Lucene.Net.Index.OpenMode.APPEND };
        using var writer = new Lucene.Net.Index.IndexWriter(directory, config);
        writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { ["photodesk.format"] = format });
        writer.Commit();
    }

    public static SortedDictionary<string, string> Search(string index, string query)
    {
        using var searcher = PhotoIndex.OpenSearcher(index);
        var result = searcher.Search(new SearchRequest(query) { Limit = 100_000, Highlight = false });
        var hits = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var hit in result.Hits) hits[hit.Entry.Path] = hit.Entry.Id;
        return hits;
    }

    /// <summary>Every indexed photo with id, path and key fields (to compare two indexes).</summary>
    public static List<string> Dump(string index)
    {
        using var searcher = PhotoIndex.OpenSearcher(index);
        return searcher.Search(new SearchRequest("*") { Limit = 100_000, Highlight = false }).Hits
            .Select(h => h.Entry)
            .Select(e => string.Join(" | ", e.Id, e.Path, string.Join(";", e.Photographers), string.Join(";", e.Agencies),
                e.Date?.ToIsoString(), e.Place.City, e.Place.Region, e.Caption.Description, e.ContentHash, e.FileSize,
                e.Modified.ToUnixTimeMilliseconds()))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>photodesk running in the background (a worker, an ingest to kill), with its standard error collected.</summary>
public sealed class BackgroundCli : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stderr = [];

    public BackgroundCli(params string[] args) : this(new Dictionary<string, string>(), args) { }

    /// <param name="environment">Variables set for the process (e.g. PHOTODESK__ settings), besides the test defaults.</param>
    public BackgroundCli(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        psi.ArgumentList.Add(CliRunner.ProgramDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("PHOTODESK_INDEX");
        psi.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        _process = Process.Start(psi)!;
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.Add(e.Data); };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string StdErr { get { lock (_stderr) return string.Join('\n', _stderr); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public bool WaitForStdErr(string text, TimeSpan within) =>
        Eventually.True(() => StdErr.Contains(text, StringComparison.Ordinal) || _process.HasExited, within) && StdErr.Contains(text, StringComparison.Ordinal);

    /// <summary>SIGTERM, as systemd and schedulers stop a service.</summary>
    public bool Terminate(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        return _process.WaitForExit(within);
    }

    /// <summary>SIGKILL: no chance to clean up.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}

public static class Eventually
{
    public static bool True(Func<bool> condition, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (condition()) return true;
            Thread.Sleep(50);
        }
        return condition();
    }
}
