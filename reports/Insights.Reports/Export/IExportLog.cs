namespace Insights.Reports.Export;

/// <summary>
/// The record of report-data downloads (docs/operations.md, "Personal data and the export log"): <see cref="CsvDownload"/>, the
/// one way the site sends a CSV, writes every download through it. The site registers the implementation (its accounts store);
/// the reports library cannot reference the site, hence the interface. A host without signed-in users (the CLI, the benches)
/// registers none, and a download there is not recorded: there is no one to record.
/// </summary>
public interface IExportLog
{
    /// <summary>
    /// Records that <paramref name="export"/> starts, before its first byte leaves (a download the log cannot record is not
    /// sent), with its row count unknown (-1); returns the record's key for <see cref="FinishedAsync"/>.
    /// </summary>
    Task<long> StartedAsync(ExportRequest export, CancellationToken cancellationToken);

    /// <summary>Sets the row count of record <paramref name="id"/> once every row was written; an aborted download keeps -1.</summary>
    Task FinishedAsync(long id, long rows, CancellationToken cancellationToken);
}

/// <summary>One download as the log records it.</summary>
/// <param name="UserName">The signed-in user's name.</param>
/// <param name="Report">The page's path, handler and table, e.g. "/loyalty csv customers".</param>
/// <param name="Filters">The request's query string as sent (without the "?").</param>
public sealed record ExportRequest(string UserName, string Report, string Filters);
