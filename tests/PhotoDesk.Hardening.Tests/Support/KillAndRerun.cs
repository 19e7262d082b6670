using PhotoDesk.Index;

namespace PhotoDesk.Hardening.Tests.Support;

/// <summary>One crash round: start a photodesk command, SIGKILL it after a while, check the index still opens, run the same command again.</summary>
public static class KillAndRerun
{
    /// <returns>The second run's result (the caller asserts it converged to a clean run).</returns>
    public static PhotoDeskProcess.Result Round(string indexPath, TimeSpan killAfter, params string[] args)
    {
        using (var p = PhotoDeskProcess.Start(args))
        {
            Thread.Sleep(killAfter);
            PhotoDeskProcess.KillHard(p);
        }
        if (PhotoIndex.Exists(indexPath)) _ = IndexSnapshot.Entries(indexPath); // the index opens after the kill
        return PhotoDeskProcess.Run(args);
    }
}
