using System.Diagnostics;
using System.Globalization;
using PhotoDesk.Bench.Corpus;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index;

namespace PhotoDesk.Bench.Stages;

/// <summary>
/// CPU milliseconds per query of the mix (the process's CPU time over many runs of one query, so a machine shared
/// with other work does not inflate it the way it inflates wall-clock latency), with the hits of each.
/// </summary>
internal static class SearchCpu
{
    public static void Run(string indexPath, int repeat, IReadOnlyList<string> facets, TextWriter output)
    {
        using var searcher = PhotoIndex.OpenSearcher(indexPath);
        var mix = facets.Count > 0 ? QueryMix.FacetQueries : QueryMix.Queries;
        SearchRequest Request(string q) => new(q) { Limit = facets.Count > 0 ? 10 : 20, Facets = facets };
        foreach (var q in mix) searcher.Search(Request(q)); // warm-up: JIT, doc values, term dictionaries
        var process = Process.GetCurrentProcess();
        output.WriteLine($"| query | hits | CPU ms per query | took_ms (last run) |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var q in mix)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            SearchResult? last = null;
            for (var i = 0; i < repeat; i++) last = searcher.Search(Request(q));
            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalMilliseconds / repeat;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{q}` | {last!.Total} | {cpu:F2} | {last.TookMs:F2} |"));
        }
    }
}
