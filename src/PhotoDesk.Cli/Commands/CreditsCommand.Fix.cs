using System.CommandLine;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Fixes;
using PhotoDesk.Index;

namespace PhotoDesk.Cli.Commands;

// photodesk credits fix --from TEXT --to TEXT [...] | --accept RULE|FINDING_ID
internal static partial class CreditsCommand
{
    private sealed record FixOptions(string? From, string? To, string? Field, string? Query, bool DryRun, string? Target, bool Json, string? Accept,
        string IndexPath, string? CreditsFile);

    private static Command CreateFix()
    {
        var from = new Option<string?>("--from") { Description = "The credit text to replace (matched as whole words, any case)", HelpName = "TEXT" };
        var to = new Option<string?>("--to") { Description = "What to write instead", HelpName = "TEXT" };
        var field = new Option<string?>("--field")
        {
            Description = "photographer (default: By-line/Creator, the caption's credit, Credit Line, Source), agency (the caption's credit, Credit Line, Source) or credit_line (Credit Line only)",
            HelpName = "photographer|agency|credit_line",
        };
        field.AcceptOnlyFromAmong("photographer", "agency", "credit_line");
        var query = new Option<string?>("--query") { Description = "Only photos this search matches (default: every photo that carries the text)", HelpName = "Q" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print per photo the old and new value of every field it would change; write nothing" };
        var target = new Option<string?>("--target") { Description = "sidecar (default, or the 'EditTarget' setting) or embedded (lossless, JPEG)", HelpName = "sidecar|embedded" };
        target.AcceptOnlyFromAmong("sidecar", "embedded");
        var accept = new Option<string?>("--accept") { Description = "Apply the suggestion of a finding (its id from credits check) or of every finding of a rule (e.g. spelling-variant)", HelpName = "RULE|FINDING_ID" };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var credits = CreditsFileOption();
        var command = new Command("fix",
            "Correct a credit on many photos at once, consistently: the credit inside the caption (never the caption's body), By-line/Creator, Credit Line and Source. "
            + "Written through the lossless metadata writer (pixels never change), journaled before any file changes, then re-indexed. "
            + "Prints the batch id (undo with 'photodesk undo BATCH_ID'); --json: {\"batch\", \"changed\", \"photos\": [{\"id\", \"path\", \"changes\": [{\"field\", \"before\", \"after\"}]}], \"skipped\"}. "
            + "Exit codes: 0 done; 3 some photos could not be changed (listed); 1 index or another batch busy; 2 bad options.");
        foreach (var o in new Option[] { from, to, field, query, dryRun, target, accept, index, json, credits }) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(RunFix(new FixOptions(parse.GetValue(from), parse.GetValue(to), parse.GetValue(field), parse.GetValue(query),
            parse.GetValue(dryRun), parse.GetValue(target), parse.GetValue(json), parse.GetValue(accept), IndexLocation.Resolve(parse.GetValue(index)), parse.GetValue(credits)), ct)));
        return command;
    }

    private static int RunFix(FixOptions o, CancellationToken ct)
    {
        const string name = "credits fix";
        var byText = o.From is not null || o.To is not null;
        if (byText == (o.Accept is not null)) return Fail(name, "give either --from TEXT --to TEXT, or --accept RULE|FINDING_ID", ExitCodes.Usage);
        if (byText && (string.IsNullOrWhiteSpace(o.From) || string.IsNullOrWhiteSpace(o.To))) return Fail(name, "--from and --to both need a text", ExitCodes.Usage);
        if (!TryTarget(o.Target, out var target)) return Fail(name, "the 'EditTarget' setting must be sidecar or embedded", ExitCodes.Usage);
        CreditFieldNames.TryParse(o.Field, out var field);

        var desk = OpenDesk(o.IndexPath);
        if (o.CreditsFile is not null) desk = new CreditDesk(desk.IndexPath, desk.Services, desk.Options) { CreditsFile = o.CreditsFile };
        if (!TryLockForBatch(name, desk, o.DryRun, ct, out var batchLock)) return ExitCodes.Fatal;
        using var _ = batchLock;
        BatchPlan plan;
        try
        {
            using var searcher = PhotoIndex.OpenSearcher(o.IndexPath);
            if (byText)
            {
                var photos = CreditDesk.Mentioning(CreditDesk.LoadEntries(searcher, o.Query, ct), o.From!);
                plan = desk.FixPlanner.Plan(new CreditFixRequest(o.From!.Trim(), o.To!.Trim(), field, target), photos, ct);
            }
            else
            {
                var report = CreditDesk.Check(searcher, o.Query, LoadAuthority(searcher, o.CreditsFile, ct), ct);
                var chosen = report.Findings.Where(f => string.Equals(f.Id, o.Accept, StringComparison.OrdinalIgnoreCase) || f.Rule == o.Accept).ToList();
                if (chosen.Count == 0) return Fail(name, $"no finding '{o.Accept}' (run photodesk credits check to see ids and rules)", ExitCodes.Usage);
                var fixable = chosen.Where(f => f.CanBeAccepted).ToList();
                if (fixable.Count == 0) return Fail(name, $"'{o.Accept}' has no suggestion that can be applied automatically; use --from/--to", ExitCodes.Usage);
                plan = desk.FixPlanner.PlanMany(fixable.Select(f =>
                {
                    CreditFieldNames.TryParse(f.FixField, out var ff);
                    return (new CreditFixRequest(f.Found!, f.Suggestion!, ff, target), f.Photos);
                }).ToList(), ct);
            }
        }
        catch (IndexUnavailableException e) { return Fail(name, e.Message, ExitCodes.Fatal); }
        catch (QuerySyntaxException e) { return Fail(name, e.Message, ExitCodes.Usage); }
        catch (AuthorityFileException e) { return Fail(name, e.Message, ExitCodes.Fatal); }

        if (!o.DryRun) return Apply(name, desk, plan, o.Json, ct);
        if (o.Json) WriteJson(w => CreditJson.WritePlan(w, plan));
        else PrintPlan(plan);
        return ExitCodes.Ok;
    }
}
