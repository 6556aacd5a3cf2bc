using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SearchService.Tests;

namespace SearchService.Api.Tests.Metrics;

/// <summary>Debian's Prometheus, started by a test to scrape one target on loopback: its own temporary folder for the
/// configuration and the data, listening on 127.0.0.1 only, scraping every second. Disposing kills the process it
/// started (and only that) and deletes the folder.</summary>
internal sealed class PrometheusServer : IDisposable
{
    public const string BinaryPath = "/usr/bin/prometheus";

    private readonly TemporaryFolder folder = new();
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly HttpClient client;

    private PrometheusServer(Uri target)
    {
        var port = LoopbackPorts.Free();
        var config = Path.Combine(folder.Path, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: searchservice
                metrics_path: {target.AbsolutePath}
                static_configs:
                  - targets: ["{target.Authority}"]
            """);
        var start = new ProcessStartInfo(BinaryPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--config.file=" + config,
            "--storage.tsdb.path=" + Path.Combine(folder.Path, "data"),
            "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public static bool IsInstalled => File.Exists(BinaryPath);

    /// <summary>What Prometheus logged, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts Prometheus scraping <paramref name="target"/> (an http URL on loopback).</summary>
    public static PrometheusServer Scraping(Uri target) => new(target);

    /// <summary>Asks the query API for <paramref name="promQl"/> until its single value satisfies <paramref name="wanted"/> or
    /// <paramref name="limit"/> has passed; returns the last value read (null: no value yet).</summary>
    public async Task<double?> WaitForValue(string promQl, Func<double, bool> wanted, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        double? last = null;
        while (deadline.Elapsed < limit && !process.HasExited)
        {
            last = await Query(promQl) ?? last;
            if (last is double value && wanted(value))
            {
                return value;
            }
            await Task.Delay(500);
        }
        return last;
    }

    /// <summary>The single value of <paramref name="promQl"/> now; null when it has none or Prometheus does not answer yet.</summary>
    public async Task<double?> Query(string promQl)
    {
        try
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(promQl)));
            var result = json.RootElement.GetProperty("data").GetProperty("result");
            return result.GetArrayLength() == 0
                ? null
                : double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException)
        {
            return null; // not listening yet
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
        process.Dispose();
        client.Dispose();
        folder.Dispose();
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
