using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>A theory that needs both ../shared/corpus and exiftool (the oracle); skipped with the reason otherwise.</summary>
public sealed class CorpusOracleTheoryAttribute : TheoryAttribute
{
    public CorpusOracleTheoryAttribute()
    {
        if (TestPaths.Shared is null) Skip = "../shared/corpus is not present beside this clone (CI provides it)";
        else if (!ExternalTools.IsInstalled("exiftool")) Skip = "exiftool not installed (.ci/run installs it)";
    }
}
