using System.Diagnostics;
using PhotoDesk.Testing;

namespace PhotoDesk.Cli.Tests;

/// <summary>Runs the real photodesk program (the built photodesk.dll) as a child process, as a user or scheduler would.</summary>
public static class CliRunner
{
    public static string ProgramDll => Path.Combine(AppContext.BaseDirectory, "photodesk.dll");

    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(IEnumerable<string> args, string? workingDirectory = null, string? stdin = null,
        IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
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
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("photodesk " + string.Join(' ', args) + " did not finish");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => Run((IEnumerable<string>)args);
}
