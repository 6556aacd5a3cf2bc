using System.Diagnostics;
using System.Text;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The built API run as its own process (<c>dotnet SearchService.Api.dll …</c>), for what only a real
/// process shows: its exit code and what it logs.</summary>
internal static class ServiceProcess
{
    public sealed record Exit(int Code, string Output);

    /// <summary>Runs the service with <paramref name="args"/> until it exits on its own (or kills it after
    /// <paramref name="limit"/>, which then fails the caller's exit-code check with -1).</summary>
    public static async Task<Exit> RunUntilExit(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SearchService.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Exit(-1, output.ToString());
        }
        lock (output)
        {
            return new Exit(process.ExitCode, output.ToString());
        }
    }
}
