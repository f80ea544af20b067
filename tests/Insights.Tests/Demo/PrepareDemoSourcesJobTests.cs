using Insights.Demo;
using Insights.Etl;
using Insights.Warehouse;
using Microsoft.Extensions.Logging.Abstractions;

namespace Insights.Tests.Demo;

/// <summary>
/// The start-up job generates the demo world only for a new warehouse: a site started on a loaded warehouse whose sources
/// folder is empty (found on an SF10 copy: it generated a scale-0.1 world and loaded it into the warehouse's run 17) leaves
/// both alone; a warehouse never loaded still gets its demo world.
/// </summary>
public sealed class PrepareDemoSourcesJobTests
{
    static PrepareDemoSourcesJob Job(WarehouseHost host) =>
        new(host.Get<DemoSourcePreparer>(), host.Get<DuckDbWarehouse>(), NullLogger<PrepareDemoSourcesJob>.Instance);

    [Fact]
    public void A_loaded_warehouse_with_empty_sources_gets_no_demo_world()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder, new Dictionary<string, string?> { ["Demo:Scale"] = "0.002", ["Demo:GenerateOnFirstStart"] = "true" });
        TinyWorld.CopyTo(host.SourcesFolder);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        Directory.Delete(host.SourcesFolder, recursive: true);
        Directory.CreateDirectory(host.SourcesFolder);

        Job(host).Run();

        Assert.Empty(Directory.EnumerateFileSystemEntries(host.SourcesFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_new_warehouse_with_empty_sources_gets_the_demo_world()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder, new Dictionary<string, string?> { ["Demo:Scale"] = "0.002", ["Demo:GenerateOnFirstStart"] = "true" });

        Job(host).Run();

        Assert.True(File.Exists(Path.Combine(host.SourcesFolder, "operational", "customers.csv")));
    }
}
