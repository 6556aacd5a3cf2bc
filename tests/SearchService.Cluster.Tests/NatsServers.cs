using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SearchService.Tests;

namespace SearchService.Cluster.Tests;

/// <summary>
/// Three <c>nats-server -js</c> processes clustered on loopback, each with its own ports and store folder
/// under a temporary folder. Only these processes are ever stopped, by the pids this class started.
/// </summary>
public sealed class NatsServers : IDisposable
{
    public const string Program = "nats-server";

    // A free port is only free when asked: another process (the other test projects run beside these) may take it
    // before the server binds it, and the server then exits. Such a start is tried again on new ports.
    private const int StartAttempts = 3;

    private readonly TemporaryFolder folder = new();
    private readonly int[] clientPorts;
    private readonly int[] routePorts;
    private readonly Process?[] processes;

    public NatsServers(int count = 3)
    {
        clientPorts = new int[count];
        routePorts = new int[count];
        processes = new Process?[count];
        for (var attempt = 1; ; attempt++)
        {
            for (var i = 0; i < count; i++)
            {
                clientPorts[i] = FreePort();
                routePorts[i] = FreePort();
            }
            for (var i = 0; i < count; i++)
            {
                WriteConfig(i);
                Start(i);
            }
            if (Enumerable.Range(0, count).All(Listening) || attempt == StartAttempts)
            {
                break;
            }
            StopAll();
        }
        for (var i = 0; i < count; i++)
        {
            if (!Listening(i))
            {
                throw new InvalidOperationException($"{Program} {i} did not listen on port {clientPorts[i]} after {StartAttempts} attempts.");
            }
        }
    }

    public static bool IsInstalled => FindProgram() is not null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>All servers' URLs, for a client that fails over between them.</summary>
    public string Urls => string.Join(",", clientPorts.Select(p => $"nats://127.0.0.1:{p}"));

    public int Count => processes.Length;

    /// <summary>Stops server <paramref name="index"/> with SIGKILL.</summary>
    public void Kill(int index)
    {
        var process = processes[index] ?? throw new InvalidOperationException($"Server {index} is not running.");
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        processes[index] = null;
    }

    /// <summary>Starts server <paramref name="index"/> again on its ports and store.</summary>
    public void Restart(int index)
    {
        Start(index);
        if (!Listening(index))
        {
            throw new InvalidOperationException($"{Program} {index} did not listen on port {clientPorts[index]} after a restart.");
        }
    }

    public void Dispose()
    {
        StopAll();
        folder.Dispose();
    }

    private void StopAll()
    {
        for (var i = 0; i < processes.Length; i++)
        {
            if (processes[i] is { } process)
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }
                process.WaitForExit();
                process.Dispose();
                processes[i] = null;
            }
        }
    }

    private static string? FindProgram() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, Program)).FirstOrDefault(File.Exists);

    private void WriteConfig(int index)
    {
        var routes = string.Join(", ", routePorts.Select(p => $"nats-route://127.0.0.1:{p}"));
        var cluster = processes.Length > 1
            ? $"cluster {{ name: test, listen: 127.0.0.1:{routePorts[index]}, routes: [{routes}] }}"
            : "";
        var store = Path.Combine(folder.Path, $"store-{index}");
        File.WriteAllText(ConfigPath(index), $$"""
            server_name: n{{index}}
            listen: 127.0.0.1:{{clientPorts[index]}}
            jetstream { store_dir: "{{store}}" }
            {{cluster}}
            {{(Environment.GetEnvironmentVariable("CLUSTER_TEST_LOG") is { } log ? $"log_file: \"{log}.n{index}\"" : "")}}
            """);
    }

    private string ConfigPath(int index) => Path.Combine(folder.Path, $"n{index}.conf");

    private void Start(int index)
    {
        var start = new ProcessStartInfo(FindProgram() ?? throw new InvalidOperationException($"{Program} is not installed (apt-get install nats-server)."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ConfigPath(index));
        var process = Process.Start(start)!;
        // Drained so a full pipe never blocks the server.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes[index] = process;
    }

    // Whether server index accepts connections within 20 s; false as soon as its process has exited.
    private bool Listening(int index)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, clientPorts[index]);
                return true;
            }
            catch (SocketException)
            {
                if (processes[index] is not { HasExited: false } || DateTime.UtcNow >= deadline)
                {
                    return false;
                }
                Thread.Sleep(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
