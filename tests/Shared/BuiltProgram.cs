using System.Diagnostics;

namespace SearchService.Tests;

/// <summary>Starts a program built next to the tests (<c>dotnet SearchService.X.dll …</c>) as its own process,
/// for what only a real process shows: exit codes, logs, and being killed.</summary>
internal static class BuiltProgram
{
    /// <summary>Starts <paramref name="dll"/> with <paramref name="args"/>; every output line (both streams) goes to
    /// <paramref name="onLine"/>, and both pipes are drained so a full buffer never blocks the program. <paramref name="environment"/>
    /// adds to or overrides the test's environment; <paramref name="workingDirectory"/> replaces the test's.</summary>
    public static Process Start(string dll, IEnumerable<string> args, Action<string> onLine, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => onLine(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => onLine(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
