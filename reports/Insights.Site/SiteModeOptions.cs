using Insights.Warehouse;

namespace Insights.Site;

/// <summary>What this site process is (configuration "Site:Mode").</summary>
public enum SiteMode
{
    /// <summary>The warehouse owner (the default): it holds the DuckDB file, runs the job server and the loads, and publishes.</summary>
    Owner,

    /// <summary>
    /// A read replica: it serves the report pages from the latest publication under Publish:Folder and never writes (no
    /// migrations, no job server, no loads); any number can run behind a load balancer.
    /// </summary>
    ReadOnly,
}

/// <summary>Reads the site's mode, which decides the wiring of <c>Program.cs</c>.</summary>
public static class SiteModeConfiguration
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Site:Mode";

    /// <summary>Whether this site is a read replica; an unknown mode stops start-up with the accepted ones.</summary>
    public static bool IsReadReplica(this WebApplicationBuilder builder) => IsReadReplica(builder.Configuration);

    /// <summary>Whether <paramref name="configuration"/> makes this site a read replica (see <see cref="SiteMode"/>).</summary>
    public static bool IsReadReplica(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value)) return false;
        if (Enum.TryParse<SiteMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode)) return mode == SiteMode.ReadOnly;
        throw new InvalidOperationException($"{Key} is '{value}': use {string.Join(" or ", Enum.GetNames<SiteMode>())}.");
    }

    /// <summary>Whether <paramref name="warehouse"/> is a read replica's (for the pages that say so).</summary>
    public static bool IsReplica(this DuckDbWarehouse warehouse) => warehouse.Replica is not null;
}
