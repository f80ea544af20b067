using Insights.Demo;
using Insights.Etl;
using Insights.Reports;
using Insights.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The warehouse, ETL and report services on a fresh DuckDB file in a temp folder, configured as the CLI and site configure
/// them (same extension methods), with the host started so options are validated and the schema migrated. A new warehouse
/// starts as a copy of <see cref="MigratedWarehouse"/> unless the constructor is asked to migrate a new file itself.
/// </summary>
public sealed class WarehouseHost : IDisposable
{
    readonly IHost _host;

    public WarehouseHost(TempFolder folder, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        bool migrateNewFile = false)
    {
        Folder = folder;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Warehouse:DatabasePath"] = folder.File("warehouse.duckdb"),
            ["Etl:SourcesFolder"] = folder.File("sources"),
            ["Demo:GenerateOnFirstStart"] = "false",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var path = builder.Configuration["Warehouse:DatabasePath"]!;
        if (!migrateNewFile && !File.Exists(path)) MigratedWarehouse.CopyTo(path);
        builder.AddWarehouse();
        builder.AddEtl();
        builder.AddDemo();
        builder.AddReports();
        services?.Invoke(builder.Services);
        _host = builder.Build();
        _host.Start();
    }

    public TempFolder Folder { get; }

    public string SourcesFolder => Folder.File("sources");

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Runs a query and returns the first column of the first row.</summary>
    public T Scalar<T>(string sql)
    {
        using var connection = Get<DuckDbWarehouse>().OpenConnection();
        return connection.ExecuteScalar<T>(sql);
    }

    /// <summary>Runs statements that return nothing (a test's change to the warehouse).</summary>
    public void Execute(string sql)
    {
        using var connection = Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(sql);
    }

    /// <summary>Runs a query and returns every row as an array of values.</summary>
    public List<object?[]> Rows(string sql)
    {
        using var connection = Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }
}
