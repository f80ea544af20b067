using Insights.Etl;

namespace Insights.Tests.Etl.Quarantine;

/// <summary>
/// A warehouse with TestData/tiny loaded, built once per test class: each test copies it (database file and sources folder)
/// instead of loading the tiny world again, which keeps a corpus of dozens of cases fast.
/// </summary>
public sealed class LoadedTinyWorld : IDisposable
{
    readonly TempFolder _template = new();

    public LoadedTinyWorld()
    {
        // disposing the host closes the database, so the file is complete on disk before anyone copies it
        using var host = new WarehouseHost(_template);
        TinyWorld.CopyTo(host.SourcesFolder);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
    }

    /// <summary>A new warehouse host on a copy of the loaded world in <paramref name="folder"/>.</summary>
    public WarehouseHost CopyTo(TempFolder folder)
    {
        foreach (var file in Directory.GetFiles(_template.Path, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(_template.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new WarehouseHost(folder);
    }

    public void Dispose() => _template.Dispose();
}
