using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Running;
using PhotoDesk.Bench.Corpus;
using PhotoDesk.Bench.Desk;

namespace PhotoDesk.Bench;

/// <summary>
/// The benchmark harness's own tool: corpus and catalog generators, the query mix, percentiles of search timings,
/// and the BenchmarkDotNet micro-benchmarks. bench/run.sh drives it; see docs/BENCHMARKS.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("PhotoDesk benchmark harness (see bench/run.sh)");
        root.Subcommands.Add(CorpusCommand());
        root.Subcommands.Add(CatalogCommand());
        root.Subcommands.Add(QueriesCommand());
        root.Subcommands.Add(PercentilesCommand());
        root.Subcommands.Add(ImportStagesCommand());
        root.Subcommands.Add(SearchCpuCommand());
        root.Subcommands.Add(DeskCommand());
        var micro = new Command("micro", "BenchmarkDotNet micro-benchmarks (caption parser, metadata reader, segment writer); other arguments go to BenchmarkDotNet");
        micro.TreatUnmatchedTokensAsErrors = false;
        micro.SetAction(pr =>
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. pr.UnmatchedTokens]);
            return 0;
        });
        root.Subcommands.Add(micro);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) Console.Error.WriteLine(e.Message);
            return 2;
        }
        return parsed.Invoke();
    }

    private static Command CorpusCommand()
    {
        var output = new Option<string>("--out") { Required = true, Description = "Folder to write the photos into" };
        var count = new Option<int>("--count") { DefaultValueFactory = _ => 10_000, Description = "Number of photos" };
        var width = new Option<int>("--width") { DefaultValueFactory = _ => 2400 };
        var height = new Option<int>("--height") { DefaultValueFactory = _ => 1600 };
        var quality = new Option<int>("--quality") { DefaultValueFactory = _ => 90 };
        var command = new Command("corpus", "Write N JPEGs with embedded IPTC/XMP captions in nested date folders") { output, count, width, height, quality };
        command.SetAction(pr =>
        {
            var n = pr.GetValue(count);
            var bytes = new PhotoCorpusWriter(pr.GetValue(width), pr.GetValue(height), pr.GetValue(quality))
                .Write(pr.GetValue(output)!, n, new Progress<int>(i => Console.Error.Write($"\r{i}/{n}")));
            Console.Error.WriteLine();
            Console.WriteLine($"{n} photos, {bytes / 1024.0 / 1024.0:F1} MiB, {bytes / Math.Max(n, 1) / 1024} KiB per photo");
            return 0;
        });
        return command;
    }

    private static Command CatalogCommand()
    {
        var output = new Option<string>("--out") { Required = true, Description = "JSONL file to write" };
        var count = new Option<int>("--count") { DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("catalog", "Write a catalog export of N records (JSON Lines) for photodesk import") { output, count };
        command.SetAction(pr =>
        {
            CatalogWriter.Write(pr.GetValue(output)!, pr.GetValue(count));
            return 0;
        });
        return command;
    }

    private static Command QueriesCommand()
    {
        var facets = new Option<bool>("--facets") { Description = "The facet query mix instead of the search mix" };
        var repeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 10 };
        var command = new Command("queries", "Print the fixed query mix, one query per line, repeated") { facets, repeat };
        command.SetAction(pr =>
        {
            var mix = pr.GetValue(facets) ? QueryMix.FacetQueries : QueryMix.Queries;
            for (var i = 0; i < pr.GetValue(repeat); i++)
                foreach (var q in mix) Console.WriteLine(q);
            return 0;
        });
        return command;
    }

    private static Command ImportStagesCommand()
    {
        var catalog = new Option<string>("--catalog") { Required = true, Description = "JSONL catalog (from 'catalog')" };
        var count = new Option<int>("--count") { DefaultValueFactory = _ => 100_000, Description = "Records to import" };
        var index = new Option<string>("--index") { Required = true, Description = "Index folder (deleted first)" };
        var command = new Command("import-stages", "CPU per import stage, one record at a time on one thread") { catalog, count, index };
        command.SetAction(pr =>
        {
            Stages.ImportStages.Run(pr.GetValue(catalog)!, pr.GetValue(count), pr.GetValue(index)!, Console.Out);
            return 0;
        });
        return command;
    }

    private static Command SearchCpuCommand()
    {
        var index = new Option<string>("--index") { Required = true, Description = "Index folder" };
        var repeat = new Option<int>("--repeat") { DefaultValueFactory = _ => 20, Description = "Runs of each query" };
        var facets = new Option<string>("--facets") { Description = "Facet fields (comma-separated): the facet mix instead of the search mix" };
        var command = new Command("search-cpu", "CPU time per query of the mix, in-process") { index, repeat, facets };
        command.SetAction(pr =>
        {
            var fields = (pr.GetValue(facets) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Stages.SearchCpu.Run(pr.GetValue(index)!, pr.GetValue(repeat), fields, Console.Out);
            return 0;
        });
        return command;
    }

    private static Command DeskCommand()
    {
        var index = new Option<string>("--index") { Required = true, Description = "Index folder to open the desk on" };
        var rounds = new Option<int>("--rounds") { DefaultValueFactory = _ => 3, Description = "Measured rounds of the query mix" };
        var warmup = new Option<int>("--warmup") { DefaultValueFactory = _ => 1, Description = "Rounds typed first and not measured" };
        var width = new Option<int>("--width") { DefaultValueFactory = _ => 120 };
        var height = new Option<int>("--height") { DefaultValueFactory = _ => 36 };
        var command = new Command("desk", "Keystroke to refreshed results in the real desk (headless), typing the query mix a key at a time")
        {
            index, rounds, warmup, width, height,
        };
        command.SetAction(pr =>
        {
            var bench = new DeskLatencyBench(pr.GetValue(index)!, pr.GetValue(width), pr.GetValue(height));
            var stdout = Console.Out;
            Console.SetOut(TextWriter.Null); // the terminal driver must not write into the figures
            DeskLatencyBench.Result result;
            try { result = bench.Run(QueryMix.Queries, pr.GetValue(rounds), pr.GetValue(warmup)); }
            catch (PhotoDesk.Core.Indexing.IndexUnavailableException e)
            {
                Console.Error.WriteLine($"photodesk-bench desk: {e.Message}");
                return 1;
            }
            finally { Console.SetOut(stdout); }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"keystroke → results {DeskLatencyBench.Percentiles(result.ResultsMs)}; → inline query error {DeskLatencyBench.Percentiles(result.ErrorsMs)}; drawing {DeskLatencyBench.Percentiles(result.DrawMs)}; search took_ms {DeskLatencyBench.Percentiles(result.SearchMs)}; {result.Photos:N0} photos"));
            return 0;
        });
        return command;
    }

    private static Command PercentilesCommand()
    {
        var file = new Argument<string>("FILE") { Description = "Output of photodesk search --stdin --json (one object per line with took_ms)" };
        var skip = new Option<int>("--skip") { DefaultValueFactory = _ => 0, Description = "Warm-up lines to leave out" };
        var command = new Command("percentiles", "p50, p99 and max of took_ms") { file, skip };
        command.SetAction(pr =>
        {
            var times = new List<double>();
            var errors = 0;
            foreach (var line in File.ReadLines(pr.GetValue(file)!).Skip(pr.GetValue(skip)))
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("took_ms", out var t)) times.Add(t.GetDouble());
                else errors++;
            }
            times.Sort();
            double P(double p) => times.Count == 0 ? double.NaN : times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"n={times.Count} p50={P(0.50):F2}ms p99={P(0.99):F2}ms max={P(1):F2}ms errors={errors}"));
            return errors == 0 ? 0 : 1;
        });
        return command;
    }
}
