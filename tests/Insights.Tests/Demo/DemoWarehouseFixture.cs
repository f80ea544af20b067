using Insights.Demo;
using Insights.Etl;

namespace Insights.Tests.Demo;

/// <summary>The demo world of <see cref="DemoWorldFixture"/>'s spec generated into sources and loaded into a warehouse, once per class.</summary>
public sealed class DemoWarehouseFixture : IDisposable
{
    readonly TempFolder _folder = new();

    public DemoWarehouseFixture()
    {
        Host = new WarehouseHost(_folder);
        var spec = DemoWorldFixture.Spec;
        Host.Get<DemoSourcePreparer>().Generate(spec.Scale, spec.Seed, spec.EndDate, toPostgres: false);
        Results = Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
    }

    public WarehouseHost Host { get; }

    public IReadOnlyList<EtlRunResult> Results { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
