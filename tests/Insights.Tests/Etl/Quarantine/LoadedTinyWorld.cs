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
    static readonly Lazy<string> Template = new(Create);

    /// <summary>A new warehouse host on a copy of the loaded world in <paramref name="folder"/>.</summary>
    public WarehouseHost CopyTo(TempFolder folder) => Copy(folder);

    /// <summary>
    /// A new warehouse host on a copy of the loaded world in <paramref name="folder"/>, configured with <paramref name="settings"/>
    /// (mapped file sources, say) on top of the template's.
    /// </summary>
    public static WarehouseHost Copy(TempFolder folder, IDictionary<string, string?>? settings = null)
    {
        foreach (var file in Directory.GetFiles(Template.Value, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(Template.Value, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new WarehouseHost(folder, settings);
    }

    static string Create()
    {
        var template = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        // disposing the host closes the database, so the file is complete on disk before anyone copies it
        using var host = new WarehouseHost(template);
        TinyWorld.CopyTo(host.SourcesFolder);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        return template.Path;
    }
}
