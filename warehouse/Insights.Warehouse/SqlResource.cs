namespace Insights.Warehouse;

/// <summary>Reads SQL files embedded next to a type (resource name = "&lt;namespace of the type&gt;.&lt;file name&gt;").</summary>
public static class SqlResource
{
    /// <summary>Returns the text of <paramref name="fileName"/>, embedded in the same folder as <typeparamref name="TAnchor"/>.</summary>
    public static string Load<TAnchor>(string fileName) => Load(typeof(TAnchor), fileName);

    /// <summary>Returns the text of <paramref name="fileName"/>, embedded in the same folder as <paramref name="anchor"/>.</summary>
    public static string Load(Type anchor, string fileName)
    {
        using var stream = anchor.Assembly.GetManifestResourceStream($"{anchor.Namespace}.{fileName}")
            ?? throw new InvalidOperationException($"{fileName} is not embedded next to {anchor.Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Whether <paramref name="fileName"/> is embedded in the same folder as <typeparamref name="TAnchor"/>.</summary>
    public static bool Exists<TAnchor>(string fileName) =>
        typeof(TAnchor).Assembly.GetManifestResourceInfo($"{typeof(TAnchor).Namespace}.{fileName}") is not null;

    /// <summary>Returns the text of an embedded resource by its full name (as listed by <see cref="List"/>).</summary>
    public static string Read(System.Reflection.Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Lists the embedded .sql files under a namespace prefix, ordered by name (e.g. migrations).</summary>
    public static IReadOnlyList<string> List(System.Reflection.Assembly assembly, string namespacePrefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(namespacePrefix + ".", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
