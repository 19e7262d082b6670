namespace PhotoDesk.Cli.Commands;

/// <summary>Exit codes a scheduler can act on. The same for every command.</summary>
public static class ExitCodes
{
    /// <summary>All good.</summary>
    public const int Ok = 0;
    /// <summary>Fatal: nothing useful was done (index unusable, locked without --wait, unreadable input).</summary>
    public const int Fatal = 1;
    /// <summary>Usage error: bad arguments or a bad query.</summary>
    public const int Usage = 2;
    /// <summary>Finished, but some files failed (listed in the output).</summary>
    public const int PartialFailure = 3;
    /// <summary>Interrupted (Ctrl-C / SIGTERM) after a clean commit.</summary>
    public const int Cancelled = 130;
}
