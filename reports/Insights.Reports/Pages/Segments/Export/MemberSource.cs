using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// Where an export's members come from: the one seam between "whom" and "what each row holds" (<see cref="SegmentExport"/>).
/// A source is a small SQL select of customer ids (business ids, a column named <c>customer_id</c>) with its parameters; the
/// export puts it into export_rows.sql in place of its placeholder and joins the customers and their offers to it. Today's
/// sources are a saved segment's members (<see cref="SavedSegment"/>); a campaign exports only its treatment list by giving its
/// own source, e.g. <c>new MemberSource(SqlResource.Load&lt;Campaign&gt;("treatment_members.sql"), [("source_campaign_id", id)])</c>
/// over its app_ table.
/// </summary>
/// <param name="Sql">
/// Fixed SQL from an embedded .sql file (never text from a user): one select whose rows name customers by a
/// <c>customer_id</c> column; duplicates are fine. It is nested in the export's query, so it ends without a semicolon.
/// </param>
/// <param name="Parameters">Its values, each a $parameter; names start with <c>source_</c> so they never clash with the export's.</param>
public sealed record MemberSource(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)
{
    static readonly string SavedSegmentSql = SqlResource.Load<MemberSource>("saved_segment_members.sql");

    /// <summary>The members of saved segment <paramref name="segmentId"/> at its latest evaluation (after the latest load or save).</summary>
    public static MemberSource SavedSegment(int segmentId) => new(SavedSegmentSql, [("source_segment_id", segmentId)]);

    /// <summary><paramref name="sql"/> with the source's select in place of <c>{members}</c>.</summary>
    internal string Into(string sql) => sql.Replace("{members}", Sql.Trim().TrimEnd(';'), StringComparison.Ordinal);
}
