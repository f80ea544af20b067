namespace Insights.Site.Accounts;

/// <summary>One download of report data (CSV): who, when, which report and filters, how many rows. Admins read the log.</summary>
public sealed class ExportRecord
{
    /// <summary>Key.</summary>
    public long Id { get; set; }

    /// <summary>The signed-in user's name.</summary>
    public required string UserName { get; set; }

    /// <summary>When the download started (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>The page's path, handler and table, e.g. "/loyalty csv customers".</summary>
    public required string Report { get; set; }

    /// <summary>The request's query string (the filters), as sent.</summary>
    public required string Filters { get; set; }

    /// <summary>Rows written (known when the download ends; -1 if it did not finish).</summary>
    public long Rows { get; set; }
}
