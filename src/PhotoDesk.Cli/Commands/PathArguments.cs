using PhotoDesk.Core.Text;

namespace PhotoDesk.Cli.Commands;

/// <summary>What the commands say of a path argument that names nothing (ingest, reindex, worker, import).</summary>
internal static class PathArguments
{
    /// <summary>
    /// A path argument takes any word, so a misspelt option (<c>--no-thumbnail</c>, <c>--rescan-secs</c>) lands there:
    /// it is named as what it is, not as a missing file.
    /// </summary>
    /// <param name="noSuch">What the path should have been: "file", "folder", "file or folder".</param>
    public static string Missing(string command, string path, string noSuch) => path.StartsWith('-')
        ? $"photodesk {command}: unknown option {TerminalText.Sanitize(path)} (see 'photodesk {command} --help')"
        : $"photodesk {command}: {TerminalText.Sanitize(path)}: no such {noSuch}";
}
