using Insights.Reports.Pages.Service.Complaints;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>The open backlog (aged at 2024-07-01 12:00) and the repeat complainers of the complaints world.</summary>
public sealed class BacklogAndRepeatsTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    [Fact]
    public void Backlog_lists_breaching_complaints_first_most_overdue_first_then_the_oldest()
    {
        var backlog = world.Run().Backlog;

        Assert.Equal([4L, 8L, 7L, 5L], backlog.Select(b => b.ComplaintId));
        var c4 = backlog[0];
        Assert.Equal((2L, "Ben", true, 747.0, 240.0, 507.0), (c4.CustomerId, c4.PreferredName, c4.IsBreaching, c4.AgeHours, c4.TargetHours!.Value, c4.OverdueHours!.Value));
        Assert.Equal((true, 72.0, 48.0), (backlog[1].IsBreaching, backlog[1].AgeHours, backlog[1].OverdueHours!.Value));
        Assert.Equal((false, (double?)null, (double?)null), (backlog[2].IsBreaching, backlog[2].TargetHours, backlog[2].OverdueHours));
        Assert.Equal((false, 16.0), (backlog[3].IsBreaching, backlog[3].AgeHours));
    }

    [Fact]
    public void Backlog_ages_fall_in_buckets_holding_their_lower_bound()
    {
        var buckets = world.Run().BacklogByAge();

        Assert.Equal(
            [("< 1 day", 1, 0), ("1–3 days", 0, 0), ("3–7 days", 2, 1), ("7–30 days", 0, 0), ("30 days and more", 1, 1)],
            buckets);
    }

    [Fact]
    public void Backlog_follows_the_filter()
    {
        var critical = world.Run(new ComplaintsFilter { Severity = "CRITICAL" }).Backlog;

        Assert.Equal([8L, 5L], critical.Select(b => b.ComplaintId));
    }

    [Fact]
    public void Repeat_complainers_have_two_complaints_at_most_90_days_apart()
    {
        var repeaters = world.Run().RepeatComplainers;

        // Dan 8 days, Eve 46, Ben exactly 90; Ana's two complaints are 91 days apart
        Assert.Equal([(4L, 8), (5L, 46), (2L, 90)], repeaters.Select(r => (r.CustomerId, r.ShortestGapDays)));
        Assert.All(repeaters, r => Assert.Equal(2L, r.Complaints));
        Assert.DoesNotContain(repeaters, r => r.CustomerId == 1);
        Assert.Equal(("Ben Ninety", new DateTime(2024, 3, 2, 9, 0, 0), new DateTime(2024, 5, 31, 9, 0, 0)),
            (repeaters[2].FullName, repeaters[2].FirstOpenedAt, repeaters[2].LastOpenedAt));
    }

    [Fact]
    public void Repeat_complainers_count_only_complaints_in_view()
    {
        var fromMarch = world.Run(new ComplaintsFilter { From = new(2024, 3, 3) }).RepeatComplainers;

        Assert.Equal([4L, 5L], fromMarch.Select(r => r.CustomerId));   // Ben's first complaint (2024-03-02) is out of view
    }
}
