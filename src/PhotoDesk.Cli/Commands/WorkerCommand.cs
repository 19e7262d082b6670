using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PhotoDesk.Core.Text;
using PhotoDesk.Index;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Worker;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk worker --watch DIR... [--index DIR] [--rescan-seconds N] [--no-thumbnails]</c>: the hot-folder
/// service. Settings also come from the <c>Worker</c> section of appsettings.json / photodesk.json and from
/// <c>PHOTODESK__WORKER__…</c> environment variables; the command line wins. Stops cleanly on SIGTERM (exit 0).
/// While it runs it holds the index: other writers wait (--wait) or ask it through refresh requests.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var watch = new Option<string[]>("--watch")
        {
            Description = "Hot folder to watch recursively (repeat for several; default: Worker:WatchPaths from the configuration)",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = true,
        };
        var index = CommonOptions.Index();
        var rescan = new Option<int?>("--rescan-seconds") { Description = "Full rescan interval (default 60): watchers miss events", HelpName = "N" };
        var noThumbnails = IngestCommand.NoThumbnailsOption();
        var command = new Command("worker", "Watch hot folders and index photos as they arrive (a background service; stop with SIGTERM)");
        foreach (var o in new Option[] { watch, index, rescan, noThumbnails }) command.Options.Add(o);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(watch) ?? [], parse.GetValue(index), parse.GetValue(rescan),
            !parse.GetValue(noThumbnails), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] watch, string? indexOption, int? rescanSeconds, bool thumbnails, CancellationToken ct)
    {
        var missing = watch.FirstOrDefault(p => !Directory.Exists(p));
        if (missing is not null)
        {
            Console.Error.WriteLine(PathArguments.Missing("worker", missing, "folder"));
            return ExitCodes.Usage;
        }
        if (rescanSeconds is < 1)
        {
            Console.Error.WriteLine("photodesk worker: --rescan-seconds must be at least 1");
            return ExitCodes.Usage;
        }
        var defaults = new Dictionary<string, string?> { [$"{WorkerOptions.Section}:IndexPath"] = IndexLocation.Resolve(null) };
        var overrides = WorkerHost.Overrides(watch, indexOption is null ? null : IndexLocation.Resolve(indexOption), rescanSeconds);
        if (!thumbnails) overrides[$"{WorkerOptions.Section}:Thumbnails"] = "false";

        IHost host;
        try
        {
            host = WorkerHost.Build(defaults, overrides,
                settings =>
                {
                    var indexPath = Path.GetFullPath(settings.IndexPath ?? "index");
                    return IngestCommand.CreateRunner(indexPath, new IngestOptions { Thumbnails = settings.Thumbnails, ExcludedFolders = [indexPath] });
                },
                (path, wait, token) => PhotoIndex.OpenWriter(path, wait ? TimeSpan.MaxValue : TimeSpan.Zero, token));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException)
        {
            Console.Error.WriteLine($"photodesk worker: bad configuration: {TerminalText.Sanitize(e.Message)}");
            return ExitCodes.Usage;
        }
        using (host)
        {
            var settings = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkerOptions>>(host.Services).Value;
            if (settings.WatchPaths.Count == 0)
            {
                Console.Error.WriteLine("photodesk worker: no folder to watch: pass --watch DIR or set Worker:WatchPaths");
                return ExitCodes.Usage;
            }
            var health = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<WorkerHealth>(host.Services);
            try
            {
                await host.RunAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { /* SIGTERM / Ctrl-C: the host stopped cleanly */ }
            if (health.Failure is { } failure)
            {
                Console.Error.WriteLine($"photodesk worker: {TerminalText.Sanitize(failure.Message)}");
                return ExitCodes.Fatal;
            }
        }
        return ExitCodes.Ok;
    }
}
