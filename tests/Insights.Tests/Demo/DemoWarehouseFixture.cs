using Insights.Demo;
using Insights.Etl;

namespace Insights.Tests.Demo;

/// <summary>
/// The demo world of <see cref="DemoWorldFixture"/>'s spec generated into sources and loaded into a warehouse: built once per
/// test run and copied for each class that takes it (a class may write to its copy, as the offers' after-load step does).
/// </summary>
public sealed class DemoWarehouseFixture : IDisposable
{
    static readonly WarehouseTemplate<IReadOnlyList<EtlRunResult>> Template = new(folder =>
    {
        using var host = new WarehouseHost(folder);
        var spec = DemoWorldFixture.Spec;
        host.Get<DemoSourcePreparer>().Generate(spec.Scale, spec.Seed, spec.EndDate, toPostgres: false);
        return host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
    });

    readonly TempFolder _folder = new();

    public DemoWarehouseFixture()
    {
        Host = Template.Copy(_folder);
        Results = Template.Built;
    }

    public WarehouseHost Host { get; }

    /// <summary>The loads that built the world (every source).</summary>
    public IReadOnlyList<EtlRunResult> Results { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
