using System.Diagnostics;
using System.Globalization;
using PhotoDesk.Core.Editing;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Index;
using PhotoDesk.Tui;
using PhotoDesk.Tui.State;
using PhotoDesk.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace PhotoDesk.Bench.Desk;

/// <summary>
/// Keystroke → refreshed results in the real desk (issue 5: ≤ 100 ms at 100,000 photos). The desk of
/// <c>photodesk tui</c> (DeskSession: controller, search bar, results table, facets, detail, preview, the 1 s index
/// poll) runs on Terminal.Gui's headless ANSI driver; this loop is its UI thread. Each query of the mix is typed a
/// key at a time into the search bar; a keystroke's latency runs from delivering the key until the results table
/// holds the first page of the query typed so far (or the search line shows why it is not a query yet) and the
/// screen is drawn. The next key is typed after that, as by an editor who reads the results.
/// </summary>
internal sealed class DeskLatencyBench(string indexPath, int width, int height)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Latencies of keystrokes answered with results and with an inline query error; the drawing part of each; the engine's own search times.</summary>
    public sealed record Result(IReadOnlyList<double> ResultsMs, IReadOnlyList<double> ErrorsMs, IReadOnlyList<double> DrawMs, IReadOnlyList<double> SearchMs, long Photos);

    public Result Run(IReadOnlyList<string> queries, int rounds, int warmupRounds)
    {
        using var searcher = PhotoIndex.OpenSearcher(indexPath);
        using IApplication app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(width, height);
        app.StopAfterFirstIteration = true;
        var ui = new QueuedUiThread();
        var options = new TuiOptions
        {
            IndexPath = indexPath,
            Services = DefaultCreditServices.Create(),
            OpenWriter = p => PhotoIndex.OpenWriter(p, TimeSpan.FromSeconds(5)),
            EditTarget = WriteTarget.Sidecar,
        };
        using var session = new DeskSession(app, searcher, options, ui, trueColor: true);
        session.Start(ui, options.PollInterval);
        var token = app.Begin(session.Window);
        try
        {
            WaitUntil(ui, () => session.Controller.Status.PhotoCount > 0 && ShowsCurrentResults(session, ""), "the first results");
            var results = new List<double>();
            var errors = new List<double>();
            var draws = new List<double>();
            var searches = new List<double>();
            for (var round = 0; round < warmupRounds + rounds; round++)
            {
                foreach (var query in queries)
                {
                    Clear(app, ui, session);
                    for (var i = 0; i < query.Length; i++)
                    {
                        var typed = query[..(i + 1)];
                        var clock = Stopwatch.StartNew();
                        app.InjectKey(new Key(query[i]));
                        WaitUntil(ui, () => ShowsCurrentResults(session, typed) || ShowsError(session, typed), $"the results of {typed}");
                        var shown = clock.Elapsed.TotalMilliseconds;
                        app.LayoutAndDraw(false); // as the main loop does: the views that changed
                        var ms = clock.Elapsed.TotalMilliseconds;
                        if (round < warmupRounds) continue;
                        draws.Add(ms - shown);
                        if (session.Controller.QueryError is null)
                        {
                            results.Add(ms);
                            searches.Add(session.Controller.TookMs);
                        }
                        else errors.Add(ms);
                    }
                }
            }
            return new Result(results, errors, draws, searches, session.Controller.Status.PhotoCount);
        }
        finally
        {
            app.End(token!);
            session.Controller.Dispose();
            session.Controller.Tasks.WhenIdle(Patience).GetAwaiter().GetResult();
        }
    }

    /// <summary>Empties the search line (not measured) and waits for the all-photos results, focus on the field.</summary>
    private static void Clear(IApplication app, QueuedUiThread ui, DeskSession session)
    {
        session.Window.SearchBar.FocusField();
        session.Window.SearchBar.SetQuery("", search: true);
        WaitUntil(ui, () => ShowsCurrentResults(session, ""), "the cleared query");
        app.LayoutAndDraw(true);
    }

    private static bool ShowsCurrentResults(DeskSession session, string query) =>
        session.Window.SearchBar.Query == query
        && session.Controller.Query == query
        && session.Controller.QueryError is null
        && session.Window.Results.Table is ResultsSource shown
        && ReferenceEquals(shown.Pages, session.Controller.Results);

    private static bool ShowsError(DeskSession session, string query) =>
        session.Window.SearchBar.Query == query && session.Controller.Query == query && session.Controller.QueryError is not null;

    private static void WaitUntil(QueuedUiThread ui, Func<bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ui.Drain();
            if (done()) return;
            if (clock.Elapsed > Patience) throw new TimeoutException($"the desk did not show {what} within {Patience.TotalSeconds:0} s");
            Thread.Sleep(0);
        }
    }

    public static string Percentiles(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        double P(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.50):F1} ms, p99 {P(0.99):F1} ms, max {P(1):F1} ms (n={sorted.Count})");
    }
}
