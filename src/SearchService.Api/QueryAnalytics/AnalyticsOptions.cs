using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.QueryAnalytics;

/// <summary>The <c>Analytics</c> configuration section: anonymous query counts for site owners.</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Count queries at all; false keeps nothing and opens no database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The SQLite file of the counts; relative paths are taken from the working directory.</summary>
    [Required]
    public string DatabasePath { get; set; } = "analytics.db";

    /// <summary>Days a day's counts are kept; older days are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often counts held in memory are written to the database.</summary>
    [Range(1, 3600)]
    public int FlushIntervalSeconds { get; set; } = 30;

    /// <summary>Most distinct queries held in memory between writes; further new queries count only in the day's totals.</summary>
    [Range(1, 1_000_000)]
    public int MaxPendingQueries { get; set; } = 10_000;
}
