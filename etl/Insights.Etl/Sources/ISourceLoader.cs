using DuckDB.NET.Data;

namespace Insights.Etl.Sources;

/// <summary>Lands one source's rows in its raw_ tables, inside the transaction the caller opened on <c>connection</c>.</summary>
public interface ISourceLoader
{
    /// <summary>The source name (see <see cref="SourceNames"/>).</summary>
    string Source { get; }

    /// <summary>The raw tables this source owns; a full load empties them first.</summary>
    IReadOnlyList<string> RawTables { get; }

    /// <summary>Loads the source; rows that cannot be loaded go to quarantine_row with their reason.</summary>
    LoadCounts Load(DuckDBConnection connection, long runId, CancellationToken cancellationToken);
}
