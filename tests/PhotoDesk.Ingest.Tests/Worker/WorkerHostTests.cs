using Microsoft.Extensions.Hosting;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Tests.Support;
using PhotoDesk.Ingest.Worker;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Worker;

/// <summary>The real host and services in process, with the in-memory index; the CLI tests run the real worker process.</summary>
public sealed class WorkerHostTests : IDisposable
{
    private readonly TempDirectory _dir = new("worker");
    private readonly InMemoryIndexWriter _index;
    private readonly Archive _hot;

    public WorkerHostTests()
    {
        _index = new InMemoryIndexWriter(_dir.Combine("index"));
        _hot = new Archive(_dir.Combine("hot"));
        Directory.CreateDirectory(_hot.Root);
    }

    public void Dispose() => _dir.Dispose();

    private IHost Build(int rescanSeconds = 600) => WorkerHost.Build(
        new Dictionary<string, string?>(),
        WorkerHost.Overrides([_hot.Root], _index.IndexPath, rescanSeconds),
        _ => new IngestRunner(new SidecarTextReader(), new StubCaptionParser(), new IngestOptions { Thumbnails = false }),
        (_, _, _) => _index,
        contentRoot: _dir.Path);

    private async Task<bool> Eventually(Func<bool> condition, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (condition()) return true;
            await Task.Delay(50);
        }
        return condition();
    }

    [Fact]
    public async Task APhotoDroppedIntoAWatchedFolder_IsIndexedWithinSeconds()
    {
        _hot.Photo("before.jpg", 1);
        using var host = Build();
        await host.StartAsync();
        Assert.True(await Eventually(() => _index.Committed.Count == 1, TimeSpan.FromSeconds(10)), "catch-up pass");

        var dropped = _hot.Photo("wire/dropped.jpg", 2, caption: "Dropped (A B/AP)");

        Assert.True(await Eventually(() => _index.ByPath(dropped) is not null, TimeSpan.FromSeconds(5)), "dropped photo not indexed");
        File.Delete(dropped);
        Assert.True(await Eventually(() => _index.ByPath(dropped) is null, TimeSpan.FromSeconds(5)), "deleted photo not removed");
        await host.StopAsync();
    }

    [Fact]
    public async Task ARefreshRequest_IsTakenByTheRunningWorker_EvenForAPhotoOutsideItsWatchedFolders()
    {
        // Indexed by an earlier one-shot ingest of another folder, which the worker does not watch.
        var other = new Archive(_dir.Combine("other"));
        var photo = other.Photo("p.jpg", 1, caption: "Before (A B/X)");
        await new IngestRunner(new SidecarTextReader(), new StubCaptionParser(), new IngestOptions { Thumbnails = false }).RunAsync(_index, [other.Root]);
        using var host = Build();
        await host.StartAsync();

        // An editor changes the caption while the worker holds the index, and asks it to re-index.
        File.WriteAllText(Path.ChangeExtension(photo, ".txt"), "After (C D/X)");
        RefreshRequests.Submit(_index.IndexPath, [photo]);

        Assert.True(await Eventually(() => _index.ByPath(photo)?.Photographers.SequenceEqual(["C D"]) == true, TimeSpan.FromSeconds(5)));
        Assert.Empty(Directory.EnumerateFiles(RefreshRequests.Folder(_index.IndexPath), "*.txt"));
        await host.StopAsync();
    }

    [Fact]
    public void Settings_ComeFromPhotodeskJson_ThenEnvironment_ThenTheCommandLine()
    {
        File.WriteAllText(_dir.Combine("photodesk.json"), """{"Worker": {"RescanSeconds": 11, "DebounceMilliseconds": 120, "WatchPaths": ["/from/json"]}}""");
        Environment.SetEnvironmentVariable("PHOTODESK__WORKER__DEBOUNCEMILLISECONDS", "150");
        try
        {
            using var host = WorkerHost.Build(new Dictionary<string, string?>(), WorkerHost.Overrides([_hot.Root], null, null),
                _ => throw new InvalidOperationException("not started"), (_, _, _) => _index, contentRoot: _dir.Path);
            var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkerOptions>>(host.Services).Value;

            Assert.Equal(11, options.RescanSeconds); // photodesk.json
            Assert.Equal(150, options.DebounceMilliseconds); // environment over the file
            Assert.Equal(_hot.Root, options.WatchPaths[0]); // command line over both
        }
        finally
        {
            Environment.SetEnvironmentVariable("PHOTODESK__WORKER__DEBOUNCEMILLISECONDS", null);
        }
    }

    [Fact]
    public async Task WhenTheIndexCannotBeOpened_TheWorkerStops_AndReportsWhy()
    {
        using var host = WorkerHost.Build(new Dictionary<string, string?>(), WorkerHost.Overrides([_hot.Root], _index.IndexPath, 600),
            _ => new IngestRunner(new SidecarTextReader(), new StubCaptionParser()),
            (_, _, _) => throw new IOException("disk on fire"), contentRoot: _dir.Path);

        var health = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<WorkerHealth>(host.Services);
        var run = host.RunAsync();

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal("disk on fire", health.Failure?.Message);
    }
}
