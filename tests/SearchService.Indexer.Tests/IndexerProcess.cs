using System.Diagnostics;

namespace SearchService.Indexer.Tests;

/// <summary>The built indexer CLI run as its own process (<c>dotnet SearchService.Indexer.dll …</c>), so a
/// test can kill it the way an operator's <c>kill -9</c> or a power cut would.</summary>
internal static class IndexerProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SearchService.Indexer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        // Drain both pipes so a full buffer never blocks the indexer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
