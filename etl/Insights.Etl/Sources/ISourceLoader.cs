using DuckDB.NET.Data;

namespace Insights.Etl.Sources;

/// <summary>Lands one source's new and changed rows in its raw_ tables, inside the transaction the caller opened.</summary>
public interface ISourceLoader
{
    /// <summary>The source name (see <see cref="SourceNames"/>).</summary>
    string Source { get; }

    /// <summary>
    /// Lands what changed since the last load (everything when <paramref name="full"/>); rows that cannot be loaded go to
    /// quarantine_row with their reason, rows the warehouse already has are skipped.
    /// </summary>
    LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken);
}
