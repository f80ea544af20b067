using Insights.Etl;

namespace Insights.Tests.Fixtures;

/// <summary>
/// A warehouse holding CDNOW_sample.txt (TestData/cdnow), loaded once through the ETL's mapped file source with the sample id
/// as the customer id, exactly as the column mapping in docs/etl.md does it (no hand conversion; see <see cref="CdnowSample"/>).
/// </summary>
public sealed class CdnowSampleWarehouse : IDisposable
{
    readonly TempFolder _folder = new();

    public CdnowSampleWarehouse()
    {
        var files = _folder.File("cdnow");
        CdnowSample.CopyTo(files);
        Host = new WarehouseHost(_folder, CdnowSample.Mapping(files));
        var run = Host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);
        if (run.Counts.Loaded != 6919) throw new InvalidOperationException($"CDNOW sample loaded {run.Counts.Loaded} lines, not 6919");
    }

    public WarehouseHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
