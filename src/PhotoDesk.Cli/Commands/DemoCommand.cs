using System.CommandLine;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Index;
using PhotoDesk.Ingest.Pipeline;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk demo [--index DIR]</c>: the first command to try. Ingests the repository's <c>archive-sample/</c>
/// into <c>index/</c> beside it (incrementally: only what changed), then opens the terminal desk on it. Without a
/// terminal (output piped, TERM=dumb) it prints a sample search instead.
/// </summary>
internal static class DemoCommand
{
    public const string SampleFolder = "archive-sample";
    public const string SampleQuery = "by:\"Jae C. Hong\"";

    public static Command Create()
    {
        var index = CommonOptions.Index();
        var command = new Command("demo", $"Ingest the sample archive ({SampleFolder}/) when needed, then open the desk on it "
            + "(without a terminal: print a sample search)");
        command.Options.Add(index);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(index), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? indexOption, CancellationToken ct)
    {
        var sample = FindSample();
        if (sample is null)
        {
            Console.Error.WriteLine($"photodesk demo: no {SampleFolder}/ folder here or above; run it from a PhotoDesk clone");
            return ExitCodes.Fatal;
        }
        var indexPath = indexOption is null && !ConfiguredElsewhere()
            ? Path.Combine(Path.GetDirectoryName(sample)!, "index")
            : IndexLocation.Resolve(indexOption);

        Console.Error.WriteLine($"photodesk demo: ingesting {TerminalText.Sanitize(sample)} into {TerminalText.Sanitize(indexPath)}");
        var code = await IngestCommand.RunAsync("demo", [sample], indexPath, json: false, thumbnails: true, wait: false, force: false, ct)
            .ConfigureAwait(false);
        if (code == ExitCodes.Fatal && !PhotoIndex.Exists(indexPath)) return code;
        if (code == ExitCodes.Cancelled) return code;
        // On a terminal the demo opens the desk; in a script (no TTY) it prints a sample search instead.
        return Tui.InteractiveTerminal.WhyNot() is null ? TuiCommand.Run(indexPath) : ShowSample(indexPath, ct);
    }

    private static int ShowSample(string indexPath, CancellationToken ct)
    {
        using var searcher = PhotoIndex.OpenSearcher(indexPath);
        var result = searcher.Search(new SearchRequest(SampleQuery) { Limit = 10, Facets = ["agency"] }, ct);
        Console.Out.WriteLine();
        Console.Out.WriteLine($"photodesk search '{SampleQuery}': {result.Total} photos");
        foreach (var hit in result.Hits)
        {
            var e = hit.Entry;
            var caption = TerminalText.Sanitize(e.Caption.Description ?? e.Metadata.Description);
            if (caption.Length > 90) caption = caption[..89] + "…";
            Console.Out.WriteLine($"  {e.Date?.ToIsoString() ?? "----------",-10}  {TerminalText.Sanitize(Path.GetFileName(e.Path))}  {caption}");
        }
        if (result.Facets.TryGetValue("agency", out var agencies) && agencies.Count > 0)
            Console.Out.WriteLine("  agencies: " + string.Join(", ", agencies.Select(a => $"{TerminalText.Sanitize(a.Value)} ({a.Count})")));
        Console.Out.WriteLine();
        Console.Out.WriteLine($"Try: photodesk search --index {indexPath} 'city:Paramount' --facets photographer,agency");
        return ExitCodes.Ok;
    }

    /// <summary>archive-sample/ in the current folder or one above it (also above the program, for a build output folder).</summary>
    private static string? FindSample()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, SampleFolder);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static bool IsInteractive() =>
        !Console.IsInputRedirected && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    private static bool ConfiguredElsewhere() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(IndexLocation.EnvironmentVariable))
        || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PHOTODESK__INDEX"))
        || !string.IsNullOrWhiteSpace(PhotoDeskSettings.Load().Index);
}
