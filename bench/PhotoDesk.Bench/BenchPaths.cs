namespace PhotoDesk.Bench;

internal static class BenchPaths
{
    /// <summary>archive-sample/ of the repository this harness sits in (or $PHOTODESK_SAMPLE).</summary>
    public static string ArchiveSample
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("PHOTODESK_SAMPLE");
            if (!string.IsNullOrEmpty(env)) return env;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhotoDesk.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? Environment.CurrentDirectory, "archive-sample");
        }
    }
}
