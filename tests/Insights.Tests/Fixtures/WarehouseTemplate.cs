namespace Insights.Tests.Fixtures;

/// <summary>
/// A warehouse folder (database file and sources folder) built once per test run, the first time a test asks for it, and
/// copied by each test or fixture that starts from it: a world generated and loaded once instead of once per class. The copy
/// keeps the loaded-file ledger true (the sources are copied with the file). <typeparamref name="T"/> is what the build
/// returns beside the folder (the load's results, say).
/// </summary>
public sealed class WarehouseTemplate<T>(Func<TempFolder, T> build)
{
    readonly Lazy<(string Path, T Built)> _template = new(() =>
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        // the build disposes its host: the database is closed, so the file is complete on disk before anyone copies it
        return (folder.Path, build(folder));
    });

    /// <summary>What the build returned.</summary>
    public T Built => _template.Value.Built;

    /// <summary>
    /// A new warehouse host on a copy of the template in <paramref name="folder"/>, configured with <paramref name="settings"/>
    /// on top of the template's.
    /// </summary>
    public WarehouseHost Copy(TempFolder folder, IDictionary<string, string?>? settings = null)
    {
        var template = _template.Value.Path;
        foreach (var file in Directory.GetFiles(template, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new WarehouseHost(folder, settings);
    }
}
