using Insights.Warehouse;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Fixtures;

/// <summary>
/// An empty warehouse file at the current migration, made once per test run: a <see cref="WarehouseHost"/> on a new folder
/// starts from a copy of it (a file copy) instead of running every migration again (MigratorTests still migrate new files).
/// </summary>
public static class MigratedWarehouse
{
    static readonly Lazy<string> Template = new(Create);

    /// <summary>Copies the migrated empty warehouse to <paramref name="path"/> (which must not exist yet).</summary>
    public static void CopyTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Template.Value, path);
    }

    static string Create()
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        var path = folder.File("migrated.duckdb");
        // disposing the warehouse closes (and so checkpoints) the file: it is complete on disk, without a write-ahead log
        using (var warehouse = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = path })))
            new Migrator(warehouse, NullLogger<Migrator>.Instance).Migrate();
        return path;
    }
}
