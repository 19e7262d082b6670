using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Tui.Tests.EndToEnd;

public sealed class NonInteractiveTests
{
    [Fact]
    public void The_desk_on_a_non_interactive_terminal_says_so_and_exits_with_2()
    {
        using var temp = new TempDirectory("tui-noninteractive");
        // Standard input and output are pipes here, as in a script or CI job.
        var result = ExternalTools.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "photodesk.dll"), "tui", "--index", temp.Combine("index")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an interactive terminal", result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Why_not_names_the_redirected_stream()
    {
        // The test host's standard output is redirected.
        Assert.NotNull(InteractiveTerminal.WhyNot());
    }
}
