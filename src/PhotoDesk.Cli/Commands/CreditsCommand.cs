using System.CommandLine;
using System.Text;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Text;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Learning;
using PhotoDesk.Index;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk credits check|learn|fix</c>: credit checks over the index (findings stored for <c>has:finding</c> and
/// <c>finding:RULE</c>), an authority file proposed from the archive, and journaled batch corrections.
/// </summary>
internal static partial class CreditsCommand
{
    public static Command Create()
    {
        var command = new Command("credits", "Credit checks, the credits.json authority file, and batch credit corrections (journaled; see history and undo)");
        command.Subcommands.Add(CreateCheck());
        command.Subcommands.Add(CreateLearn());
        command.Subcommands.Add(CreateFix());
        return command;
    }

    private static Option<string?> CreditsFileOption() => new("--credits")
    {
        Description = "The authority file (default: the 'CreditsFile' setting, ./credits.json, then credits.json at the archive root)",
        HelpName = "FILE",
    };

    private static Command CreateCheck()
    {
        var rules = string.Join("; ", CreditChecker.AllChecks().Select(c => $"{c.Rule} ({c.Severity.ToName()}): {c.Explanation}"));
        var query = new Option<string?>("--query") { Description = "Check only the photos this search matches (default: all)", HelpName = "Q" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 3 when a finding of this severity or worse is found", HelpName = "error|warning" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var credits = CreditsFileOption();
        var command = new Command("check",
            "Check credits and store the findings in the index (search them with has:finding or finding:RULE). "
            + "JSON: {\"checked\", \"stored\", \"findings\": [{\"id\", \"rule\", \"severity\", \"message\", \"photos\": [{\"id\", \"path\"}], \"found\", \"suggestion\"}]}. "
            + "Exit codes: 0 done; 3 a finding at or above --fail-on; 1 no index or a bad credits file; 2 bad query. Rules: " + rules);
        foreach (var o in new Option[] { query, failOn, index, json, credits }) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(RunCheck(parse.GetValue(query), parse.GetValue(failOn), IndexLocation.Resolve(parse.GetValue(index)),
            parse.GetValue(json), parse.GetValue(credits), ct)));
        return command;
    }

    private static int RunCheck(string? query, string? failOn, string indexPath, bool json, string? creditsFile, CancellationToken ct)
    {
        CheckReport report;
        IReadOnlyList<string> checkedIds;
        try
        {
            using var searcher = PhotoIndex.OpenSearcher(indexPath);
            var authority = LoadAuthority(searcher, creditsFile, ct);
            report = CreditDesk.Check(searcher, query, authority, ct);
            checkedIds = searcher.AllIds(string.IsNullOrWhiteSpace(query) ? "*" : query, ct);
        }
        catch (IndexUnavailableException e) { return Fail("credits check", e.Message, ExitCodes.Fatal); }
        catch (QuerySyntaxException e) { return Fail("credits check", e.Message, ExitCodes.Usage); }
        catch (AuthorityFileException e) { return Fail("credits check", e.Message, ExitCodes.Fatal); }

        var stored = true;
        try
        {
            using var writer = OpenIndexWriter(indexPath, LockWait, ct);
            CreditDesk.StoreFindings(writer, report, checkedIds);
        }
        catch (IndexLockedException e)
        {
            stored = false;
            Console.Error.WriteLine($"photodesk credits check: findings not stored in the index ({e.Message})");
        }

        if (json) WriteJson(w => CreditJson.WriteCheck(w, report, stored));
        else Console.Out.Write(FindingsText(report));
        var threshold = failOn switch { "error" => FindingSeverity.Error, "warning" => FindingSeverity.Warning, _ => (FindingSeverity?)null };
        return threshold is { } t && report.HasAtLeast(t) ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    /// <summary>The authority file when there is one (null otherwise: the rules that need it stay silent).</summary>
    internal static CreditAuthority? LoadAuthority(IPhotoSearcher searcher, string? creditsFile, CancellationToken ct)
    {
        var configured = creditsFile ?? PhotoDeskSettings.Load().CreditsFile;
        var path = AuthorityLocator.Find(configured, CreditDesk.LoadEntries(searcher, null, ct));
        if (path is null) return null;
        var (authority, warnings) = AuthorityFile.Load(path);
        foreach (var w in warnings) Console.Error.WriteLine($"photodesk: {path}: {TerminalText.Sanitize(w.ToString())}");
        return authority;
    }

    private static string FindingsText(CheckReport report)
    {
        var sb = new StringBuilder();
        foreach (var f in report.Findings)
        {
            sb.AppendLine($"{f.Severity.ToName(),-7} {f.Rule}: {TerminalText.Sanitize(f.Message)}");
            sb.Append($"        id {f.Id}");
            if (f.Suggestion is not null) sb.Append($"; suggestion: {TerminalText.Sanitize(f.Suggestion)}");
            if (f.CanBeAccepted) sb.Append($" (apply: photodesk credits fix --accept {f.Id})");
            sb.AppendLine();
            foreach (var p in f.Photos.Take(5)) sb.AppendLine($"        {TerminalText.Sanitize(p.Path)}");
            if (f.Photos.Count > 5) sb.AppendLine($"        … and {f.Photos.Count - 5} more");
        }
        var counts = string.Join(", ", new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info }
            .Select(s => $"{report.Findings.Count(f => f.Severity == s)} {s.ToName()}"));
        sb.AppendLine($"{report.Findings.Count} finding(s) ({counts}) over {report.PhotosChecked} photo(s).");
        return sb.ToString();
    }

    private static Command CreateLearn()
    {
        var index = CommonOptions.Index();
        var output = new Option<string?>("--out") { Description = "Where to write the proposal (default: credits.json at the archive root)", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace an existing file" };
        var command = new Command("learn",
            "Propose a credits.json from the archive for a person to review: each photographer under their most frequent spelling, "
            + "with the variants found as aliases and the agencies seen; agencies with their house credit style. Never replaces a file without --force.");
        foreach (var o in new Option[] { index, output, force }) command.Options.Add(o);
        command.SetAction((parse, ct) => Task.FromResult(RunLearn(IndexLocation.Resolve(parse.GetValue(index)), parse.GetValue(output), parse.GetValue(force), ct)));
        return command;
    }

    private static int RunLearn(string indexPath, string? output, bool force, CancellationToken ct)
    {
        try
        {
            using var searcher = PhotoIndex.OpenSearcher(indexPath);
            var entries = CreditDesk.LoadEntries(searcher, null, ct);
            var path = AuthorityLocator.DefaultOutput(output ?? PhotoDeskSettings.Load().CreditsFile, entries);
            if (File.Exists(path) && !force) return Fail("credits learn", $"{path} already exists; not replaced (use --force, or --out another file)", ExitCodes.Fatal);
            var proposal = new AuthorityLearner().Propose(entries.Select(CreditObservation.From), ct);
            AuthorityFile.Save(proposal, path, overwrite: force);
            var aliased = proposal.Photographers.Count(p => p.Aliases.Count > 0);
            Console.Out.WriteLine($"Wrote {path}: {proposal.Photographers.Count} photographer(s) ({aliased} with spelling variants as aliases), "
                                  + $"{proposal.Agencies.Count} agenc(ies), from {entries.Count} photo(s). Review it before relying on it.");
            return ExitCodes.Ok;
        }
        catch (IndexUnavailableException e) { return Fail("credits learn", e.Message, ExitCodes.Fatal); }
        catch (AuthorityFileException e) { return Fail("credits learn", e.Message, ExitCodes.Fatal); }
        catch (IOException e) { return Fail("credits learn", e.Message, ExitCodes.Fatal); }
    }
}
