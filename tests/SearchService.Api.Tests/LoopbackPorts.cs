using System.Net;
using System.Net.Sockets;

namespace SearchService.Api.Tests;

/// <summary>Ports for programs a test starts that must be told their port in advance.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port free on 127.0.0.1 just now (the system's pick; another program could take it before it is used).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
