using Insights.Warehouse;

namespace Insights.Tests.Cli;

/// <summary>The hand-solved <see cref="CrossSellWorld"/> (with segments) written to a file and closed, so the CLI can open it.</summary>
public sealed class CrossSellWorldFile : IDisposable
{
    readonly CrossSellWorld _world = new(withSegments: true);

    public CrossSellWorldFile()
    {
        Path = _world.Host.Folder.File("warehouse.duckdb");
        CrossSellWorld.SaveCustomers26(_world.Host.Get<DuckDbWarehouse>());   // --segment-id 26: customers 2 and 6
        _world.Host.Dispose();
    }

    public string Path { get; }

    public void Dispose() => _world.Dispose();
}
