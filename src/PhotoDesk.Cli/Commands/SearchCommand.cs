using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Index;
using PhotoDesk.Index.Querying;
using PhotoDesk.Index.Schema;
using PhotoDesk.Index.Searching;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk search QUERY [--index DIR] [--json] [--limit N] [--offset N] [--sort relevance|date|-date] [--facets F,…]</c>
/// and <c>photodesk search --stdin --json</c> (one query per line, one JSON object per line).
/// Exit codes: 0 ok; 2 bad query or options (with --stdin: at the end, when any line failed; every line still runs);
/// 1 no index or an index that needs a rebuild.
/// </summary>
internal static class SearchCommand
{
    private const string Syntax =
        "Query syntax: words search caption, headline, names and places (accents optional: Sao Paulo finds São Paulo). "
        + "Fields: by:/photographer:, agency:, credit:, city:, region:, country:, place:, tag:/keyword:, date:2025-06-08, "
        + "date:2025-06, date:[2025-06-01 TO 2025-06-14], captured:, has:finding, finding:RULE, path:, id:. "
        + "Fuzzy names: by:\"ringo chew\"~ or by:chew~. AND, OR, NOT, -word, \"phrases\", prefix*; empty or * = all photos.";

    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "The query (several words are joined). " + Syntax, Arity = ArgumentArity.ZeroOrMore };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "Hits to show", DefaultValueFactory = _ => 20, HelpName = "N" };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)", DefaultValueFactory = _ => 0, HelpName = "N" };
        var sort = new Option<string>("--sort") { Description = "relevance, date (oldest first) or -date (newest first)", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "-date");
        var facets = new Option<string?>("--facets")
        {
            Description = $"Count values of these fields over all hits, comma-separated ({string.Join(", ", FacetFields.All)})",
            HelpName = "FIELD,…",
        };
        var stdin = new Option<bool>("--stdin")
        {
            Description = "Read one query per line from standard input and print one JSON object per line "
                          + "(a bad line prints {\"error\": …} and the rest still run; exit code 2 at the end if any line failed)",
        };

        var command = new Command("search", "Search the index. " + Syntax);
        command.Arguments.Add(query);
        foreach (var o in new Option[] { index, json, limit, offset, sort, facets, stdin }) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(Run(new Options(
            string.Join(' ', parse.GetValue(query) ?? []),
            IndexLocation.Resolve(parse.GetValue(index)),
            parse.GetValue(json),
            parse.GetValue(limit),
            parse.GetValue(offset),
            parse.GetValue(sort) ?? "relevance",
            parse.GetValue(facets),
            parse.GetValue(stdin)), ct)));
        return command;
    }

    private sealed record Options(string Query, string IndexPath, bool Json, int Limit, int Offset, string Sort, string? Facets, bool Stdin);

    private static int Run(Options options, CancellationToken ct)
    {
        if (options.Limit < 0 || options.Offset < 0) return Usage("--limit and --offset cannot be negative");
        var facets = (options.Facets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = facets.FirstOrDefault(f => !FacetFields.IsKnown(f));
        if (unknown is not null) return Usage($"unknown facet '{unknown}' (known: {string.Join(", ", FacetFields.All)})");
        if (options.Stdin && !options.Json) return Usage("--stdin needs --json (one JSON object per line)");
        if (options.Stdin && options.Query.Length > 0) return Usage("give either a QUERY or --stdin, not both");

        PhotoSearcher searcher;
        try
        {
            searcher = PhotoIndex.OpenSearcher(options.IndexPath);
        }
        catch (IndexUnavailableException e)
        {
            Console.Error.WriteLine($"photodesk search: {e.Message}");
            return ExitCodes.Fatal;
        }
        using (searcher)
        {
            var request = new SearchRequest(options.Query)
            {
                Limit = options.Limit,
                Offset = options.Offset,
                Sort = options.Sort switch { "date" => SearchSort.DateAscending, "-date" => SearchSort.DateDescending, _ => SearchSort.Relevance },
                Facets = facets,
            };
            return options.Stdin ? RunLines(searcher, request, ct) : RunOne(searcher, request, options.Json, ct);
        }
    }

    private static int RunOne(PhotoSearcher searcher, SearchRequest request, bool json, CancellationToken ct)
    {
        SearchResult result;
        try
        {
            result = searcher.Search(request, ct);
        }
        catch (QuerySyntaxException e)
        {
            return Usage(e.Message);
        }
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, SearchResultJson.WriterOptions)) SearchResultJson.Write(writer, result);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            Console.Out.Write(Table(result, request.Offset));
        }
        return ExitCodes.Ok;
    }

    private static int RunLines(PhotoSearcher searcher, SearchRequest template, CancellationToken ct)
    {
        var failed = false;
        using var stdout = Console.OpenStandardOutput();
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            ct.ThrowIfCancellationRequested();
            using (var writer = new Utf8JsonWriter(stdout, SearchResultJson.WriterOptions))
            {
                try
                {
                    SearchResultJson.Write(writer, searcher.Search(template with { Query = line }, ct));
                }
                catch (QuerySyntaxException e)
                {
                    failed = true;
                    SearchResultJson.WriteError(writer, e.Message);
                }
            }
            stdout.WriteByte((byte)'\n');
            stdout.Flush();
        }
        return failed ? ExitCodes.Usage : ExitCodes.Ok;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"photodesk search: {TerminalText.Sanitize(message)}");
        return ExitCodes.Usage;
    }

    /// <summary>A readable table; every value from metadata goes through <see cref="TerminalText.Sanitize"/>.</summary>
    private static string Table(SearchResult result, int offset)
    {
        var sb = new StringBuilder();
        var shown = result.Hits.Count == 0 ? "" : $", showing {offset + 1}–{offset + result.Hits.Count}";
        sb.Append(CultureInfo.InvariantCulture, $"{result.Total} photo{(result.Total == 1 ? "" : "s")}{shown} ({result.TookMs:0.0} ms)\n");
        if (result.Hits.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{"DATE",-10}  {"PHOTOGRAPHER",-22}  {"AGENCY",-16}  {"PLACE",-22}  CAPTION\n");
            foreach (var hit in result.Hits)
            {
                var e = hit.Entry;
                var place = string.Join(", ", new[] { e.Place.City, e.Place.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
                var text = string.IsNullOrWhiteSpace(e.Metadata.Headline) ? e.Metadata.Description : e.Metadata.Headline;
                sb.Append(CultureInfo.InvariantCulture,
                    $"{Cell(e.Date?.ToIsoString(), 10)}  {Cell(string.Join(", ", e.Photographers), 22)}  {Cell(string.Join(", ", e.Agencies), 16)}  {Cell(place, 22)}  {Cell(text, 60, pad: false)}\n");
                sb.Append(CultureInfo.InvariantCulture, $"{"",10}  {Cell(e.Path, 120, pad: false)}\n");
            }
        }
        foreach (var (facet, counts) in result.Facets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{facet}:\n");
            foreach (var c in counts) sb.Append(CultureInfo.InvariantCulture, $"  {c.Count,7}  {Cell(c.Value, 60, pad: false)}\n");
        }
        return sb.ToString();
    }

    private static string Cell(string? text, int width, bool pad = true)
    {
        var clean = TerminalText.Sanitize(text);
        if (clean.Length > width) clean = clean[..(width - 1)] + "…";
        return pad ? clean.PadRight(width) : clean;
    }
}
