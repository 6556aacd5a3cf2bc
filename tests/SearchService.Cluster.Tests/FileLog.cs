using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SearchService.Cluster.Tests;

/// <summary>The roles' logs, appended to the file named by CLUSTER_TEST_LOG when it is set (for finding out why a
/// cluster test failed); nowhere otherwise.</summary>
internal static class FileLog
{
    private static readonly string? Path = Environment.GetEnvironmentVariable("CLUSTER_TEST_LOG");
    private static readonly Lock Gate = new();

    public static ILogger For(string name) => Path is null ? NullLogger.Instance : new FileLogger(name);

    private sealed class FileLogger(string name) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Gate)
            {
                File.AppendAllText(Path!, $"{DateTime.UtcNow:HH:mm:ss.fff} {name} {logLevel}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}\n");
            }
        }
    }
}
