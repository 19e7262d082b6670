using Xunit;

namespace PhotoDesk.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void Help_ListsEveryCommand()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var name in new[] { "inspect", "edit", "caption", "ingest", "worker", "import", "reindex", "search", "stats", "demo", "tui", "credits", "history", "undo", "tag" })
            Assert.Contains(name, r.StdOut);
    }

    [Fact]
    public void UnknownCommand_IsAUsageError_WithExitCode2()
    {
        var r = CliRunner.Run("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("photodesk:", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr); // no stack trace
    }
}
