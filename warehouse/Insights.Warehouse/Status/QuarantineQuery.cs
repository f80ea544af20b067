using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Insights.Warehouse.Status;

/// <summary>
/// Which quarantined rows to read: the GET parameters of /etl/quarantine (source, run, reason, offset) and the options of
/// `insights quarantine list|export`. Blank values mean "any".
/// </summary>
public sealed record QuarantineFilter
{
    /// <summary>Rows per page unless asked otherwise.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The most rows one page or one `list` shows.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only rows of this source.</summary>
    public string? Source { get; set; }

    /// <summary>Only rows of this ETL run.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Run must be a run id (1 or more).")]
    public long? Run { get; set; }

    /// <summary>Only rows whose reason contains this text (case-insensitive, taken literally: % and _ are not wildcards).</summary>
    public string? Reason { get; set; }

    /// <summary>Rows per page (1 to <see cref="MaxLimit"/>).</summary>
    [Range(1, MaxLimit, ErrorMessage = "Rows per page must be between 1 and 1000.")]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Rows to skip, for paging.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Offset must not be negative.")]
    public int Offset { get; set; }

    /// <summary>A download's file name that says what it holds, e.g. <c>quarantine-contacts-run-12-reason-contacted-at.csv</c>.</summary>
    public string ExportFileName
    {
        get
        {
            var name = new StringBuilder("quarantine");
            if (Slug(Source) is { Length: > 0 } source) name.Append('-').Append(source);
            if (Run is { } run) name.Append("-run-").Append(run.ToString(CultureInfo.InvariantCulture));
            if (Slug(Reason) is { Length: > 0 } reason) name.Append("-reason-").Append(reason);
            return name.Append(".csv").ToString();
        }
    }

    internal (string, object?)[] Parameters =>
    [
        ("source", string.IsNullOrWhiteSpace(Source) ? null : Source.Trim()),
        ("run_id", Run),
        ("reason", string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim()),
    ];

    // File names carry only [a-z0-9-]: the reason is user input and must not smuggle a path, quotes or header breaks.
    static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 40) break;
        }
        return slug.ToString().Trim('-');
    }
}

/// <summary>One row the ETL refused, with the reason and the content as it arrived (user input: encode it wherever it is shown).</summary>
public sealed record QuarantinedRow(long RunId, string Source, string? SourceFile, string? RowRef, string? RawContent, string Reason,
    DateTimeOffset QuarantinedAt)
{
    /// <summary>Column names of a CSV export, in the order of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["run_id", "source", "source_file", "row_ref", "reason", "raw_content", "quarantined_at_utc"];

    /// <summary>The file name without its folder.</summary>
    public string? FileName => SourceFile is null ? null : Path.GetFileName(SourceFile);

    /// <summary>The row's cells for a CSV export.</summary>
    public IReadOnlyList<object?> CsvCells() => [RunId, Source, SourceFile, RowRef, Reason, RawContent, QuarantinedAt];
}

/// <summary>How many quarantined rows one source refused for one reason.</summary>
public sealed record QuarantineReasonCount(string Source, string Reason, long Rows);

/// <summary>
/// A page of quarantined rows, the count by (source, reason) of every row that matches the filter (largest groups only), the
/// total, and the sources that have quarantined rows at all (the filter's choices).
/// </summary>
public sealed record QuarantineResult(QuarantineFilter Filter, IReadOnlyList<QuarantineReasonCount> Summary, long SummaryGroups,
    IReadOnlyList<QuarantinedRow> Rows, long Total, IReadOnlyList<string> Sources)
{
    /// <summary>Nothing matched.</summary>
    public static QuarantineResult Empty { get; } = new(new QuarantineFilter(), [], 0, [], 0, []);

    /// <summary>1-based number of the first row shown (0 when none).</summary>
    public long First => Rows.Count == 0 ? 0 : Filter.Offset + 1;

    /// <summary>1-based number of the last row shown.</summary>
    public long Last => Filter.Offset + Rows.Count;

    /// <summary>Offset of the previous page, or null on the first.</summary>
    public int? PreviousOffset => Filter.Offset > 0 ? Math.Max(0, Filter.Offset - Filter.Limit) : null;

    /// <summary>Offset of the next page, or null on the last.</summary>
    public int? NextOffset => Last < Total ? Filter.Offset + Filter.Limit : null;

    /// <summary>Reasons left out of <see cref="Summary"/> (it lists the largest groups only).</summary>
    public long HiddenGroups => SummaryGroups - Summary.Count;
}

/// <summary>The quarantine browser's reads: rows the ETL refused, filtered and paged, and their count by source and reason.</summary>
public sealed class QuarantineQuery(DuckDbWarehouse warehouse)
{
    /// <summary>The most (source, reason) groups a summary lists, largest first.</summary>
    public const int SummaryLimit = 50;

    static readonly string RowsSql = SqlResource.Load<QuarantineQuery>("quarantine_rows.sql");
    static readonly string SummarySql = SqlResource.Load<QuarantineQuery>("quarantine_summary.sql");
    static readonly string SourcesSql = SqlResource.Load<QuarantineQuery>("quarantine_sources.sql");

    /// <summary>One page of rows (newest run first) with the summary and the total of every row that matches.</summary>
    public QuarantineResult Run(QuarantineFilter filter)
    {
        var page = Normalised(filter);
        using var connection = warehouse.OpenConnection();
        // one snapshot: a load committing between the reads must not make the total disagree with the page
        using var snapshot = connection.BeginTransaction();
        var groups = StatusRows.Read(connection, SummarySql, [.. page.Parameters, ("limit", SummaryLimit)],
            r => (Count: new QuarantineReasonCount(r.GetString(0), r.GetString(1), r.GetInt64(2)), Groups: r.GetInt64(3), Total: r.GetInt64(4)));
        var rows = StatusRows.Read(connection, RowsSql, PageParameters(page), Map);
        var sources = StatusRows.Read(connection, SourcesSql, [], r => r.GetString(0));
        return new QuarantineResult(page, groups.Select(g => g.Count).ToList(), groups.FirstOrDefault().Groups, rows,
            groups.FirstOrDefault().Total, sources);
    }

    /// <summary>One page of rows that match, newest run first (rows of one run in file and line order).</summary>
    public IReadOnlyList<QuarantinedRow> List(QuarantineFilter filter) =>
        StatusRows.Read(warehouse, RowsSql, PageParameters(Normalised(filter)), Map);

    /// <summary>Every row that matches (paging ignored), streamed: enumerate it to the end or dispose it to close the connection.</summary>
    public IEnumerable<QuarantinedRow> Export(QuarantineFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(RowsSql, [.. filter.Parameters, ("limit", long.MaxValue), ("offset", 0L)]);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return Map(reader);
    }

    static (string, object?)[] PageParameters(QuarantineFilter page) =>
        [.. page.Parameters, ("limit", (long)page.Limit), ("offset", (long)page.Offset)];

    static QuarantineFilter Normalised(QuarantineFilter filter) =>
        filter with { Limit = Math.Clamp(filter.Limit, 1, QuarantineFilter.MaxLimit), Offset = Math.Max(0, filter.Offset) };

    static QuarantinedRow Map(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), StatusRows.NullableString(r, 2),
        StatusRows.NullableString(r, 3), StatusRows.NullableString(r, 4), r.GetString(5), StatusRows.ToOffset(r.GetValue(6))!.Value);
}
