using System.ComponentModel.DataAnnotations;

namespace Insights.Etl.Jobs;

/// <summary>How the warehouse owner (the site, or `insights etl serve`) hosts its job server (configuration section "Hangfire").</summary>
public sealed class HangfireOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Hangfire";

    /// <summary>PostgreSQL connection string for Hangfire's storage; empty means in-memory storage (the embedded default).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Job server workers in this process.</summary>
    [Range(1, 32)] public int WorkerCount { get; set; } = 2;

    /// <summary>Path of the site's Hangfire dashboard (admins only).</summary>
    [Required] public string DashboardPath { get; set; } = "/hangfire";
}
