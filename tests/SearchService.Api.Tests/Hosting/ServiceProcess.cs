using System.Text;
using SearchService.Tests;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The built API run as its own process until it exits, for its exit code and what it logged.</summary>
internal static class ServiceProcess
{
    public sealed record Exit(int Code, string Output);

    /// <summary>Runs the service with <paramref name="args"/> until it exits on its own, or kills it after
    /// <paramref name="limit"/> and reports exit code -1.</summary>
    public static async Task<Exit> RunUntilExit(TimeSpan limit, params string[] args)
    {
        var output = new StringBuilder();
        using var process = BuiltProgram.Start("SearchService.Api.dll", args, line => { lock (output) { output.AppendLine(line); } });
        using var timeout = new CancellationTokenSource(limit);
        var code = -1;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            code = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        lock (output)
        {
            return new Exit(code, output.ToString());
        }
    }
}
