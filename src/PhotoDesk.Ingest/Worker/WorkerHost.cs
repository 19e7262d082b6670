using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using PhotoDesk.Ingest.Pipeline;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// Builds the hot-folder worker host: configuration from appsettings.json, photodesk.json, environment variables
/// with the <c>PHOTODESK__</c> prefix (<c>PHOTODESK__WORKER__RESCANSECONDS=30</c>) and the command line (given as
/// <paramref name="overrides"/>, winning over the rest); logs on standard error (journald format under systemd);
/// the watcher and indexing services joined by a <see cref="FileChangeQueue"/>.
/// </summary>
public static class WorkerHost
{
    /// <param name="defaults">Lowest-precedence settings (e.g. the index folder PhotoDesk's other commands would use).</param>
    public static IHost Build(IReadOnlyDictionary<string, string?> defaults, IReadOnlyDictionary<string, string?> overrides,
        Func<WorkerOptions, IngestRunner> createRunner, IndexWriterFactory openWriter, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(createRunner);
        ArgumentNullException.ThrowIfNull(openWriter);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot ?? Environment.CurrentDirectory,
            DisableDefaults = true,
        });
        var root = builder.Environment.ContentRootPath;
        builder.Configuration
            .AddInMemoryCollection(defaults)
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(root, "photodesk.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(prefix: "PHOTODESK__")
            .AddInMemoryCollection(overrides);

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
            o.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));

        builder.Services.Configure<WorkerOptions>(builder.Configuration.GetSection(WorkerOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FileChangeQueue>();
        builder.Services.AddSingleton<WorkerHealth>();
        builder.Services.AddSingleton(openWriter);
        builder.Services.AddSingleton(sp => createRunner(sp.GetRequiredService<IOptions<WorkerOptions>>().Value));
        builder.Services.AddHostedService<WatcherService>();
        builder.Services.AddHostedService<IndexingService>();
        return builder.Build();
    }

    /// <summary>The command-line settings as configuration keys (<c>Worker:WatchPaths:0</c>, …).</summary>
    public static Dictionary<string, string?> Overrides(IReadOnlyList<string> watchPaths, string? indexPath, int? rescanSeconds)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < watchPaths.Count; i++) values[$"{WorkerOptions.Section}:WatchPaths:{i}"] = Path.GetFullPath(watchPaths[i]);
        if (indexPath is not null) values[$"{WorkerOptions.Section}:IndexPath"] = Path.GetFullPath(indexPath);
        if (rescanSeconds is { } s) values[$"{WorkerOptions.Section}:RescanSeconds"] = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
