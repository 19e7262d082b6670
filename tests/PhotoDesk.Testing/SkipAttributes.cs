using Xunit;

namespace PhotoDesk.Testing;

/// <summary>A fact that needs ../shared (CI has it; a user's clone does not): skipped with the reason otherwise.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (TestPaths.Shared is null) Skip = "../shared/corpus is not present beside this clone (CI provides it)";
    }
}

/// <summary>A theory that needs ../shared.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (TestPaths.Shared is null) Skip = "../shared/corpus is not present beside this clone (CI provides it)";
    }
}

/// <summary>A fact that needs an external oracle tool on PATH (exiftool, exiv2, tmux); .ci/run installs them.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !ExternalTools.IsInstalled(t)).ToArray();
        if (missing.Length > 0) Skip = $"{string.Join(", ", missing)} not installed (.ci/run installs it)";
    }
}

/// <summary>A theory that needs an external oracle tool on PATH.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !ExternalTools.IsInstalled(t)).ToArray();
        if (missing.Length > 0) Skip = $"{string.Join(", ", missing)} not installed (.ci/run installs it)";
    }
}
