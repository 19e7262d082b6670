using System.Diagnostics;

namespace PhotoDesk.Testing;

/// <summary>Oracle tools (exiftool, exiv2, tmux) that CI installs; tests that need one skip with a reason elsewhere.</summary>
public static class ExternalTools
{
    private static readonly Dictionary<string, bool> Cache = new();

    public static bool IsInstalled(string tool)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(tool, out var known)) return known;
            var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(d => File.Exists(System.IO.Path.Combine(d, tool)));
            Cache[tool] = found;
            return found;
        }
    }

    /// <summary>Runs a tool and returns (exit code, stdout, stderr). Arguments are passed without a shell.</summary>
    public static (int ExitCode, string StdOut, string StdErr) Run(string tool, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {tool}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
