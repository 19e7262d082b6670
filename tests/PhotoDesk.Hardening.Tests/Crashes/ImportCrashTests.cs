using System.Text.Json;
using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.Crashes;

/// <summary>
/// Catalog import and reindex killed with SIGKILL at seeded random points: the index still opens and running the
/// same command again converges to exactly what a clean run gives.
/// </summary>
public sealed class ImportCrashTests
{
    private static readonly string[] Names = ["Ringo Chiu", "Jae C. Hong", "Ringo Ciu", "Eric Thayer", "Mario Tama"];
    private static readonly string[] Agencies = ["AFP/Getty Images", "AP", "Reuters", "Getty Images"];

    [Fact]
    public void Import_KilledAtRandomPoints_RerunConvergesToCleanRun()
    {
        using var temp = new TempDirectory("crash-import");
        var catalog = WriteCatalog(temp.Combine("catalog"), records: 4000);
        var folder = Path.GetDirectoryName(catalog)!;
        var clean = temp.Combine("clean-index");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = PhotoDeskProcess.Run("import", catalog, "--index", clean);
        var cleanRun = clock.Elapsed;
        Assert.True(first.ExitCode == 0, first.StdErr);
        var expected = IndexSnapshot.KeyFields(clean, folder);
        Assert.Equal(4000, expected.Count);

        var random = new Random(20261128);
        for (var i = 0; i < 3; i++)
        {
            var index = temp.Combine($"index-{i}");
            // within the clean run's time: the kill lands mid-work
            var rerun = KillAndRerun.Round(index, KillPoint(random, cleanRun), "import", catalog, "--index", index);
            Assert.True(rerun.ExitCode == 0, $"iteration {i}: exit {rerun.ExitCode}\n{rerun.StdErr}");
            Assert.Equal(expected, IndexSnapshot.KeyFields(index, folder));
        }
    }

    [Fact]
    public void Reindex_KilledAtRandomPoints_RerunConvergesToCleanRun()
    {
        using var temp = new TempDirectory("crash-reindex");
        var root = SampleArchive.CopyTo(temp.Combine("archive"));
        var clean = temp.Combine("clean-index");
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", clean, "--no-thumbnails").ExitCode);
        var expected = IndexSnapshot.KeyFields(clean, root);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, PhotoDeskProcess.Run("reindex", "--index", clean, "--no-thumbnails").ExitCode);
        var cleanRun = clock.Elapsed;
        Assert.Equal(expected, IndexSnapshot.KeyFields(clean, root));

        var random = new Random(7);
        for (var i = 0; i < 2; i++)
        {
            var index = temp.Combine($"index-{i}");
            Assert.Equal(0, PhotoDeskProcess.Run("ingest", root, "--index", index, "--no-thumbnails").ExitCode);
            var rerun = KillAndRerun.Round(index, KillPoint(random, cleanRun), "reindex", "--index", index, "--no-thumbnails");
            Assert.True(rerun.ExitCode == 0, $"iteration {i}: exit {rerun.ExitCode}\n{rerun.StdErr}");
            Assert.Equal(expected, IndexSnapshot.KeyFields(index, root));
        }
    }

    /// <summary>A seeded random moment between a fifth and nine tenths of a clean run.</summary>
    private static TimeSpan KillPoint(Random random, TimeSpan cleanRun) => cleanRun * (0.2 + 0.7 * random.NextDouble());

    /// <summary>A JSON Lines catalog export of <paramref name="records"/> offline photos with credited captions.</summary>
    private static string WriteCatalog(string folder, int records)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "export.jsonl");
        using var writer = new StreamWriter(path);
        for (var i = 0; i < records; i++)
        {
            var name = Names[i % Names.Length];
            var agency = Agencies[i % Agencies.Length];
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["file"] = $"photos/{i / 500:D3}/p{i:D5}.jpg",
                ["caption"] = $"Protesters march in Los Angeles, Calif., June {1 + i % 28}, 2025, photo {i}. ({name}/{agency})",
                ["credit"] = agency,
                ["date"] = $"2025-06-{1 + i % 28:D2}",
            }));
        }
        return path;
    }
}
