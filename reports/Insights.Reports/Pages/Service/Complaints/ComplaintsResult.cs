using System.Runtime.CompilerServices;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>Everything the complaints view shows for one filter, as at <see cref="Now"/>.</summary>
/// <param name="By">The breakdown of <see cref="Groups"/>.</param>
/// <param name="Total">All complaints in view against all completed orders in view.</param>
/// <param name="Groups">The breakdown's groups (months in order; otherwise most complaints first).</param>
/// <param name="Sla">Per severity: the target and the breaches.</param>
/// <param name="Backlog">Every open complaint in view, breaching ones first (the page shows the first rows).</param>
/// <param name="RepeatComplainers">Every customer with two complaints in view at most 90 days apart.</param>
/// <param name="Now">The moment open complaints are aged against (the site's clock).</param>
public sealed record ComplaintsResult(string By, ComplaintGroupRow Total, IReadOnlyList<ComplaintGroupRow> Groups, IReadOnlyList<SlaRow> Sla,
    IReadOnlyList<BacklogRow> Backlog, IReadOnlyList<RepeatComplainerRow> RepeatComplainers, DateTime Now)
{
    // the page asks the shared result (one object per clock step, ComplaintsAtLoad.AsAt) for its buckets on every request, and
    // at SF10 counting them is a pass over some 31 k open complaints: counted once per result object (a `with` copy, another
    // object, counts its own backlog)
    static readonly ConditionalWeakTable<ComplaintsResult, IReadOnlyList<(string Bucket, int Open, int Breaching)>> AgeCounts = new();

    /// <summary>Open complaints per age bucket (every bucket, youngest first) and how many of them breach.</summary>
    public IReadOnlyList<(string Bucket, int Open, int Breaching)> BacklogByAge() => AgeCounts.GetValue(this, static r => r.CountByAge());

    // one pass over the backlog: each row's bucket found once
    IReadOnlyList<(string Bucket, int Open, int Breaching)> CountByAge()
    {
        var open = new int[BacklogRow.Buckets.Count];
        var breaching = new int[BacklogRow.Buckets.Count];
        foreach (var row in Backlog)
        {
            var bucket = BacklogRow.BucketOf(row.AgeHours);
            open[bucket]++;
            if (row.IsBreaching) breaching[bucket]++;
        }
        return [.. BacklogRow.Buckets.Select((b, i) => (b.Label, open[i], breaching[i]))];
    }
}
