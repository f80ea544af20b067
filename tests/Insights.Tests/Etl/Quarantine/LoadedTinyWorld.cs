using Insights.Etl;

namespace Insights.Tests.Etl.Quarantine;

/// <summary>
/// A warehouse with TestData/tiny loaded (every source, as <c>RunAll</c> loads it), built once per test run: each test copies
/// it (database file and sources folder, so the loaded-file ledger still matches the files) instead of loading the tiny world
/// again, which keeps a corpus of dozens of cases fast. A class fixture for the classes that take it that way; the others
/// call <see cref="Copy"/>.
/// </summary>
public sealed class LoadedTinyWorld
{
    // one template for the whole run, as MigratedWarehouse's: each class that loaded its own paid a tiny load of three sources
    static readonly WarehouseTemplate<bool> Template = new(folder =>
    {
        using var host = new WarehouseHost(folder);
        TinyWorld.CopyTo(host.SourcesFolder);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        return true;
    });

    /// <summary>A new warehouse host on a copy of the loaded world in <paramref name="folder"/>.</summary>
    public WarehouseHost CopyTo(TempFolder folder) => Copy(folder);

    /// <summary>
    /// A new warehouse host on a copy of the loaded world in <paramref name="folder"/>, configured with <paramref name="settings"/>
    /// (mapped file sources, say) on top of the template's.
    /// </summary>
    public static WarehouseHost Copy(TempFolder folder, IDictionary<string, string?>? settings = null) => Template.Copy(folder, settings);
}
