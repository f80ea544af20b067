using System.Reflection;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

public sealed class SqlResourceTests
{
    static readonly Assembly[] ProductionAssemblies =
    [
        typeof(DuckDbWarehouse).Assembly, typeof(Insights.Etl.EtlRunner).Assembly, typeof(Insights.Reports.ReportsHostingExtensions).Assembly,
        typeof(Insights.Demo.DemoGenerator).Assembly, typeof(Insights.Bench.BenchCommand).Assembly,
        Assembly.Load("insights"),   // the CLI, by name: its types are internal and its reference is aliased
    ];

    [Fact]
    public void Every_sql_file_in_the_repository_is_embedded()
    {
        var root = RepositoryRoot();
        var onDisk = new[] { "warehouse", "etl", "reports" }
            .SelectMany(dir => Directory.GetFiles(Path.Combine(root, dir), "*.sql", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(Path.GetFileName)
            .ToList();
        var embedded = ProductionAssemblies.SelectMany(a => a.GetManifestResourceNames()).ToList();

        Assert.NotEmpty(onDisk);
        Assert.All(onDisk, file => Assert.Contains(embedded, name => name.EndsWith("." + file, StringComparison.Ordinal)));
    }

    [Fact]
    public void Models_build_in_layer_order() =>
        Assert.Equal(["staging", "batch", "dims", "facts", "marts"], ModelRunner.Models.Select(m => m.Layer).Distinct().ToArray());

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Insights.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Insights.sln not found above " + AppContext.BaseDirectory);
    }
}
