namespace Insights.Warehouse;

/// <summary>
/// One model file: its layer (the folder under Models/), its name (the file's, and the relation it builds), its SQL, the
/// relations it reads (its "-- inputs:" header) and, for a batch step, the temporary tables it leaves for the others
/// (its "-- outputs:" header).
/// </summary>
public sealed record Model(string Layer, string Name, string Sql, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs)
{
    /// <summary>The layers, lowest first: a model reads only from its own layer or lower ones.</summary>
    public static IReadOnlyList<string> Layers => LayerOrder;

    static readonly string[] LayerOrder = ["staging", "batch", "dims", "facts", "marts"];

    /// <summary>The position of <see cref="Layer"/> in <see cref="Layers"/>.</summary>
    public int LayerIndex => Array.IndexOf(LayerOrder, Layer);

    /// <summary>
    /// True for the layers that hold no state of their own (staging views, batch steps' temporary tables): a build recreates
    /// every one of them that the models it builds need.
    /// </summary>
    public bool IsStateless => Layer is "staging" or "batch";

    /// <summary>Reads a model file's header: every "-- inputs:" and "-- outputs:" line, comma-separated names.</summary>
    public static Model Parse(string layer, string name, string sql) =>
        new(layer, name, sql, HeaderNames(sql, "-- inputs:"), HeaderNames(sql, "-- outputs:"));

    static List<string> HeaderNames(string sql, string key) =>
        sql.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .SelectMany(line => line[key.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
