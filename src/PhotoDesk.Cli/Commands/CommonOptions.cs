using System.CommandLine;

namespace PhotoDesk.Cli.Commands;

/// <summary>Options several commands share, built fresh per command (an Option instance belongs to one command).</summary>
public static class CommonOptions
{
    public static Option<string?> Index() => new("--index")
    {
        Description = "Index folder (default: $PHOTODESK_INDEX, then the 'Index' setting of photodesk.json, then ./index)",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Write JSON to standard output (for scripts); logs and progress go to standard error",
    };
}
