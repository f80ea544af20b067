using Insights.Etl;

namespace Insights.Tests.Cli;

/// <summary>The tiny world loaded in-process by the ETL (every source, every model), then closed so the CLI can open the file.</summary>
public sealed class TinyWarehouseFile : IDisposable
{
    readonly TempFolder _folder = new();

    public TinyWarehouseFile()
    {
        using var host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(host.SourcesFolder);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        Path = _folder.File("warehouse.duckdb");
    }

    public string Path { get; }

    public void Dispose() => _folder.Dispose();
}
