using System.Reflection;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

public sealed class SqlResourceTests
{
    // project folder name -> its assembly; the CLI's by name, as its types are internal and its reference is aliased
    static readonly Dictionary<string, Assembly> ProductionAssemblies = new()
    {
        ["Insights.Warehouse"] = typeof(DuckDbWarehouse).Assembly,
        ["Insights.Etl"] = typeof(Insights.Etl.EtlRunner).Assembly,
        ["Insights.Demo"] = typeof(Insights.Demo.DemoGenerator).Assembly,
        ["Insights.Bench"] = typeof(Insights.Bench.BenchCommand).Assembly,
        ["Insights.Reports"] = typeof(Insights.Reports.ReportsHostingExtensions).Assembly,
        ["Insights.Cli"] = Assembly.Load("insights"),
        ["Insights.Site"] = typeof(Program).Assembly,
    };

    /// <summary>
    /// Every .sql file on disk is embedded in its own project's assembly under the name SqlResource loads it by
    /// (root namespace = project folder, then the folders and file name joined by dots). Matched by that full name, not
    /// by file name: several files share a name in different folders, and one embedded copy must not vouch for another.
    /// </summary>
    [Fact]
    public void Every_sql_file_in_the_repository_is_embedded_under_its_own_resource_name()
    {
        var onDisk = new[] { "warehouse", "etl", "reports" }
            .SelectMany(dir => Directory.GetFiles(RepositoryFolder.Combine(dir), "*.sql", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryFolder.Root, f).Split(Path.DirectorySeparatorChar))
            .Where(parts => !parts.Contains("bin") && !parts.Contains("obj"))
            .ToList();

        Assert.True(onDisk.Count > 100, $"only {onDisk.Count} .sql files found under {RepositoryFolder.Root}");
        Assert.All(onDisk, parts =>
        {
            var project = parts[1];   // <area>/<project>/...
            Assert.True(ProductionAssemblies.ContainsKey(project), $"{string.Join('/', parts)} is in project {project}, which this test does not know");
            var resource = project + "." + string.Join('.', parts[2..]);
            Assert.Contains(resource, ProductionAssemblies[project].GetManifestResourceNames());
        });
    }

    [Fact]
    public void Models_build_in_layer_order() =>
        Assert.Equal(["staging", "batch", "dims", "facts", "marts"], ModelRunner.Models.Select(m => m.Layer).Distinct().ToArray());
}
