using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// Where an export's members come from: the one seam between "whom" and "what each row holds" (<see cref="SegmentExport"/>).
/// A source is one whole SQL statement that inserts customer ids (business ids) into the temporary table export_members
/// (export_members.sql), with its parameters; the export runs it on its connection, then export_rows.sql joins the customers and
/// their offers to those ids. Today's sources are a saved segment's members (<see cref="SavedSegment"/>) and a campaign's
/// treatment list (Campaigns/treatment_members.sql).
/// </summary>
/// <param name="Sql">
/// Fixed SQL from an embedded .sql file (never text from a user): <c>insert into export_members select customer_id ...</c>;
/// duplicates are fine.
/// </param>
/// <param name="Parameters">Its values, each a $parameter; names start with <c>source_</c> so they never clash with the export's.</param>
public sealed record MemberSource(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)
{
    static readonly string SavedSegmentSql = SqlResource.Load<MemberSource>("saved_segment_members.sql");
    static readonly string ExportMembersSql = SqlResource.Load<MemberSource>("export_members.sql");

    /// <summary>The members of saved segment <paramref name="segmentId"/> at its latest evaluation (after the latest load or save).</summary>
    public static MemberSource SavedSegment(int segmentId) => new(SavedSegmentSql, [("source_segment_id", segmentId)]);

    /// <summary>Fills this connection's export_members with the source's customer ids (emptied first).</summary>
    internal void Fill(DuckDBConnection connection, CancellationToken ct)
    {
        connection.ExecuteNonQuery(ExportMembersSql);
        using var command = connection.CreateCommand(Sql, [.. Parameters]);
        using var stop = command.StopWhen(ct);
        command.ExecuteNonQuery();
    }
}
