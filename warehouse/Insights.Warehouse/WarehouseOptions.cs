using System.ComponentModel.DataAnnotations;

namespace Insights.Warehouse;

/// <summary>Where the DuckDB warehouse lives and how much of the machine it may use (configuration section "Warehouse").</summary>
public sealed class WarehouseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Warehouse";

    /// <summary>Path of the DuckDB file; relative paths are resolved against the working directory.</summary>
    [Required] public string DatabasePath { get; set; } = "data/insights.duckdb";

    /// <summary>DuckDB worker threads.</summary>
    [Range(1, 64)] public int Threads { get; set; } = 2;
}
