namespace PhotoDesk.Captions.Tests.Support;

/// <summary>Files under TestData/ (copied beside the test assembly) and their source folder for golden updates.</summary>
public static class TestDataFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The file in the source tree, for regenerating a golden file on purpose (PHOTODESK_UPDATE_GOLDEN=1).</summary>
    public static string SourcePath(string name) =>
        System.IO.Path.Combine(PhotoDesk.Testing.TestPaths.RepoRoot, "tests", "PhotoDesk.Captions.Tests", "TestData", name);
}
