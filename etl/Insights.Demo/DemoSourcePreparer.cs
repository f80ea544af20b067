using System.Diagnostics;
using Insights.Etl;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Insights.Demo;

/// <summary>
/// Generates the demo source systems on first start, so a fresh install has something to load: the operational data as CSV
/// exports or into the configured PostgreSQL database, and the contact and complaint exports as files.
/// </summary>
public sealed class DemoSourcePreparer(IOptions<EtlOptions> etlOptions, IOptions<DemoOptions> demoOptions, TimeProvider clock,
    ILogger<DemoSourcePreparer> logger)
{
    /// <summary>Generates the demo world when enabled and the sources are still empty; returns whether it generated.</summary>
    public bool EnsureDemoSources()
    {
        var etl = etlOptions.Value;
        if (!demoOptions.Value.GenerateOnFirstStart) return false;
        if (SourcesPresent(etl))
        {
            Log.DemoPresent(logger, Describe(etl));
            return false;
        }
        Generate(demoOptions.Value.Scale, demoOptions.Value.Seed, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), toPostgres: etl.Operational.Kind == OperationalSourceKind.Postgres);
        return true;
    }

    /// <summary>Generates a demo world at <paramref name="scale"/> ending on <paramref name="endDate"/>, replacing what is there.</summary>
    public DemoSummary Generate(double scale, int seed, DateOnly endDate, bool toPostgres)
    {
        var etl = etlOptions.Value;
        var root = Path.GetFullPath(etl.SourcesFolder);
        var watch = Stopwatch.StartNew();
        DemoSummary summary;
        using (IDemoWriter writer = toPostgres
                   ? new PostgresDemoWriter(etl.Operational.ConnectionString
                       ?? throw new InvalidOperationException("Etl:Operational:ConnectionString is required to generate into PostgreSQL."), root)
                   : new FileDemoWriter(root))
        {
            summary = new DemoGenerator().Generate(new DemoSpec(scale, seed, endDate), writer);
        }
        Log.DemoGenerated(logger, scale, seed, toPostgres ? "PostgreSQL and " + root : root, watch.ElapsedMilliseconds);
        return summary;
    }

    // The operational source decides: a user who brought their own shop data never gets demo rows mixed in.
    static bool SourcesPresent(EtlOptions etl) => etl.Operational.Kind == OperationalSourceKind.Files
        ? File.Exists(Path.Combine(etl.FolderOf("operational"), "customers.csv"))
        : OperationalDatabaseHasCustomers(etl.Operational.ConnectionString!);

    static bool OperationalDatabaseHasCustomers(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("select to_regclass('customers') is not null", connection);
        if (exists.ExecuteScalar() is not true) return false;
        using var any = new NpgsqlCommand("select exists (select 1 from customers)", connection);
        return any.ExecuteScalar() is true;
    }

    static string Describe(EtlOptions etl) =>
        etl.Operational.Kind == OperationalSourceKind.Postgres ? "PostgreSQL and " + etl.SourcesFolder : etl.SourcesFolder;
}
