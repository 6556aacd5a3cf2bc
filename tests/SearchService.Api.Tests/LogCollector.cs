using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SearchService.Api.Tests;

/// <summary>Keeps what the service logs, with its structured fields, so tests can assert on what an
/// operator would see.</summary>
public sealed class LogCollector : ILoggerProvider
{
    /// <summary>One log entry: category, level, rendered message and the structured fields.</summary>
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields);

    private readonly ConcurrentQueue<Entry> entries = new();

    public IReadOnlyList<Entry> Entries => [.. entries];

    /// <summary>Adds the collector to the host's logging.</summary>
    public void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(this)));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), fields));
        }
    }
}
