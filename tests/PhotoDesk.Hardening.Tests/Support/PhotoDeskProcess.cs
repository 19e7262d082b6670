using System.Diagnostics;
using PhotoDesk.Testing;

namespace PhotoDesk.Hardening.Tests.Support;

/// <summary>
/// Runs the real photodesk program (photodesk.dll built beside the tests) as a child process, measuring its peak
/// resident memory (VmHWM from /proc, polled while it runs) and able to kill it with SIGKILL mid-work.
/// </summary>
public static class PhotoDeskProcess
{
    public static string ProgramDll => Path.Combine(AppContext.BaseDirectory, "photodesk.dll");

    public sealed record Result(int ExitCode, string StdOut, string StdErr, long PeakRssKb);

    public static Process Start(IEnumerable<string> args, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TestPaths.RepoRoot,
        };
        psi.ArgumentList.Add(ProgramDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("PHOTODESK_INDEX");
        psi.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        var p = Process.Start(psi)!;
        p.StandardInput.Close();
        return p;
    }

    public static Result Run(params string[] args) => Run(args, TimeSpan.FromMinutes(2));

    public static Result Run(IEnumerable<string> args, TimeSpan timeout, string? workingDirectory = null)
    {
        using var p = Start(args, workingDirectory);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        var watch = Stopwatch.StartNew();
        while (!p.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakRssKb(p.Id));
            if (watch.Elapsed > timeout)
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("photodesk " + string.Join(' ', args) + " did not finish (hang)");
            }
        }
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result, peak);
    }

    /// <summary>Kills the process with SIGKILL (no clean shutdown, as a power cut or the OOM killer would).</summary>
    public static void KillHard(Process p)
    {
        try { p.Kill(entireProcessTree: false); } // Process.Kill sends SIGKILL on Unix
        catch (InvalidOperationException) { /* already exited */ }
        p.WaitForExit();
    }

    /// <summary>VmHWM (peak resident set) of a running process in KiB, 0 when it is gone.</summary>
    public static long PeakRssKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var digits = new string(line.Where(char.IsDigit).ToArray());
                return long.TryParse(digits, out var kb) ? kb : 0;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
