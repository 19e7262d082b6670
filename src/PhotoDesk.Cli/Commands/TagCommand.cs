using System.CommandLine;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Index;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk tag add|remove KEYWORD... (--query Q | FILE...)</c>: keywords on many photos, through the same
/// journaled write path as credit fixes (undo with <c>photodesk undo</c>).
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag",
            "Add or remove keywords on the photos a search matches (--query) or on photo files. Arguments that name existing files are the photos; "
            + "the others are keywords. Journaled and re-indexed; prints the batch id (undo with 'photodesk undo BATCH_ID'). "
            + "--json: {\"batch\", \"changed\", \"photos\": [...], \"skipped\"}. Exit codes: 0 done; 3 some photos could not be changed; 1 busy; 2 bad arguments.");
        command.Subcommands.Add(Create("add", TagOperation.Add));
        command.Subcommands.Add(Create("remove", TagOperation.Remove));
        return command;
    }

    private static Command Create(string name, TagOperation operation)
    {
        var words = new Argument<string[]>("KEYWORD_OR_FILE") { Description = "Keywords, then (without --query) photo files", Arity = ArgumentArity.OneOrMore };
        var query = new Option<string?>("--query") { Description = "The photos this search matches", HelpName = "Q" };
        var target = new Option<string?>("--target") { Description = "sidecar (default) or embedded", HelpName = "sidecar|embedded" };
        target.AcceptOnlyFromAmong("sidecar", "embedded");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command(name, operation == TagOperation.Add ? "Add keywords (those already there are kept once)" : "Remove keywords (any case)");
        command.Arguments.Add(words);
        foreach (var o in new Option[] { query, target, dryRun, index, json }) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(Run(operation, parse.GetValue(words) ?? [], parse.GetValue(query), parse.GetValue(target),
            parse.GetValue(dryRun), IndexLocation.Resolve(parse.GetValue(index)), parse.GetValue(json), ct)));
        return command;
    }

    private static int Run(TagOperation operation, string[] args, string? query, string? targetName, bool dryRun, string indexPath, bool json, CancellationToken ct)
    {
        const string name = "tag";
        var files = args.Where(File.Exists).Select(Path.GetFullPath).ToList();
        var keywords = args.Where(a => !File.Exists(a)).ToList();
        if (keywords.Count == 0) return CreditsCommand.Fail(name, "no keyword given", ExitCodes.Usage);
        if ((query is null) == (files.Count == 0)) return CreditsCommand.Fail(name, "give either --query Q or photo files (not both)", ExitCodes.Usage);
        if (!CreditsCommand.TryTarget(targetName, out var target)) return CreditsCommand.Fail(name, "the 'EditTarget' setting must be sidecar or embedded", ExitCodes.Usage);

        var desk = CreditsCommand.OpenDesk(indexPath);
        if (!CreditsCommand.TryLockForBatch(name, desk, dryRun, ct, out var batchLock)) return ExitCodes.Fatal;
        using var _ = batchLock;
        IReadOnlyList<PhotoRef> photos;
        try
        {
            using var searcher = PhotoIndex.OpenSearcher(indexPath);
            photos = query is not null
                ? CreditDesk.LoadEntries(searcher, query, ct).Select(CheckContext.RefOf).ToList()
                : ByPath(searcher, files, ct);
        }
        catch (IndexUnavailableException) when (query is null)
        {
            // Files are the truth: tag them even without an index; the next ingest indexes them.
            photos = files.Select(f => new PhotoRef("", f)).ToList();
        }
        catch (IndexUnavailableException e) { return CreditsCommand.Fail(name, e.Message, ExitCodes.Fatal); }
        catch (QuerySyntaxException e) { return CreditsCommand.Fail(name, e.Message, ExitCodes.Usage); }

        var plan = desk.TagPlanner.Plan(operation, keywords, photos, target, ct);
        if (!dryRun) return CreditsCommand.Apply(name, desk, plan, json, ct);
        if (json) CreditsCommand.WriteJson(w => CreditJson.WritePlan(w, plan));
        else CreditsCommand.PrintPlan(plan);
        return ExitCodes.Ok;
    }

    /// <summary>The index ids of photo files (an unindexed file gets an empty id: tagged, and indexed by the next ingest).</summary>
    private static List<PhotoRef> ByPath(IPhotoSearcher searcher, IReadOnlyList<string> files, CancellationToken ct)
    {
        var wanted = files.ToHashSet(StringComparer.Ordinal);
        var known = CreditDesk.LoadEntries(searcher, null, ct).Where(e => wanted.Contains(e.Path))
            .GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return files.Select(f => new PhotoRef(known.GetValueOrDefault(f, ""), f)).ToList();
    }
}
