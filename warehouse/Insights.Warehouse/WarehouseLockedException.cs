namespace Insights.Warehouse;

/// <summary>The DuckDB file is held by another process (DuckDB allows one writing process per file).</summary>
public sealed class WarehouseLockedException(string path, Exception inner)
    : Exception($"The warehouse file '{path}' is in use by another process (is the Insights site running?). " +
                "DuckDB allows one process per file: stop that process, or point Warehouse:DatabasePath at another file. " +
                $"DuckDB said: {inner.Message}", inner)
{
    /// <summary>The file that could not be locked.</summary>
    public string DatabasePath { get; } = path;
}
