using Insights.Etl;

namespace Insights.Tests.Fixtures;

/// <summary>
/// A warehouse holding CDNOW_sample.txt (TestData/cdnow), loaded once through the ETL's mapped file source with the sample id
/// as the customer id, exactly as the README's column mapping does it (no hand conversion).
/// </summary>
public sealed class CdnowSampleWarehouse : IDisposable
{
    readonly TempFolder _folder = new();

    public CdnowSampleWarehouse()
    {
        var files = _folder.File("cdnow");
        Directory.CreateDirectory(files);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow", "CDNOW_sample.txt"), Path.Combine(files, "CDNOW_sample.txt"));
        Host = new WarehouseHost(_folder, Mapping(files));
        var run = Host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);
        if (run.Counts.Loaded != 6919) throw new InvalidOperationException($"CDNOW sample loaded {run.Counts.Loaded} lines, not 6919");
    }

    public WarehouseHost Host { get; }

    /// <summary>The CDNOW_sample.txt mapping: master id, sample id, yyyymmdd date, CDs, dollars; whitespace separated, no header.</summary>
    public static Dictionary<string, string?> Mapping(string folder) => new()
    {
        ["Etl:MappedFiles:0:Name"] = "cdnow",
        ["Etl:MappedFiles:0:Folder"] = folder,
        ["Etl:MappedFiles:0:Pattern"] = "*.txt",
        ["Etl:MappedFiles:0:Delimiter"] = "whitespace",
        ["Etl:MappedFiles:0:Columns:0"] = "master_id",
        ["Etl:MappedFiles:0:Columns:1"] = "sample_id",
        ["Etl:MappedFiles:0:Columns:2"] = "date",
        ["Etl:MappedFiles:0:Columns:3"] = "cds",
        ["Etl:MappedFiles:0:Columns:4"] = "dollars",
        ["Etl:MappedFiles:0:Map:customer_id"] = "sample_id",
        ["Etl:MappedFiles:0:Map:ordered_at"] = "date",
        ["Etl:MappedFiles:0:Map:quantity"] = "cds",
        ["Etl:MappedFiles:0:Map:amount"] = "dollars",
        ["Etl:MappedFiles:0:DateFormat"] = "%Y%m%d",
        ["Etl:MappedFiles:0:DefaultChannel"] = "web",
    };

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
