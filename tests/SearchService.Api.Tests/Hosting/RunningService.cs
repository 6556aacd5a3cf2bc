using System.Diagnostics;
using System.Text.RegularExpressions;
using SearchService.Tests;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The built API run as its own process on a loopback port it picks, with its output lines kept, until disposed
/// (which kills that process only).</summary>
internal sealed partial class RunningService : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningService(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        // Listening on a port of its own choosing, on loopback, unless the environment names the addresses.
        string[] urls = environment?.ContainsKey("Urls") == true ? [] : ["--urls", "http://127.0.0.1:0"];
        process = BuiltProgram.Start("SearchService.Api.dll", [.. urls, .. args], OnLine, environment, workingDirectory);
    }

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The lines written so far (both streams).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Starts the service and waits (at most <paramref name="limit"/>) until it listens.</summary>
    public static async Task<RunningService> Start(
        TimeSpan limit, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var service = new RunningService(args, environment, workingDirectory);
        var exited = service.process.WaitForExitAsync();
        var first = await Task.WhenAny(service.listening.Task, exited, Task.Delay(limit));
        if (first != service.listening.Task)
        {
            var output = string.Join('\n', service.Lines);
            service.Dispose();
            throw new InvalidOperationException($"The service did not start listening within {limit}:\n{output}");
        }
        service.Client.BaseAddress = await service.listening.Task;
        return service;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
        process.Dispose();
        Client.Dispose();
    }

    private void OnLine(string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
        if (ListeningOn().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    // The host's start-up line, in the plain or the JSON console format.
    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
