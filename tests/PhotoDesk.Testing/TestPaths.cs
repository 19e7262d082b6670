namespace PhotoDesk.Testing;

/// <summary>Where tests find the repository and the shared corpus (present in CI, absent in a user's clone).</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string ArchiveSample => Path.Combine(RepoRoot, "archive-sample");

    /// <summary><c>../shared</c> beside the repository, or null when this clone has none.</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("PHOTODESK_SHARED");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
        }
    }

    public static string? SharedCorpusImages => Shared is { } s ? Path.Combine(s, "corpus", "images") : null;

    public static string? SeedGallery => Shared is { } s ? Path.Combine(s, "corpus", "seed-gallery.jsonl") : null;

    /// <summary>Files the tests carry themselves (tests/TestData).</summary>
    public static string TestData => Path.Combine(RepoRoot, "tests", "TestData");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhotoDesk.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PhotoDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
