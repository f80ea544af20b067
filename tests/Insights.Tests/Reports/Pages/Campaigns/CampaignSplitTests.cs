using Insights.Reports.Pages.Campaigns;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>The seeded split: reproducible, exact in its shares, and fair to every member.</summary>
public sealed class CampaignSplitTests
{
    static readonly int[] Members = [.. Enumerable.Range(1, 400)];

    static int[] Control(IEnumerable<int> members, int percent, long seed) =>
        [.. CampaignSplit.Split(members, percent, seed).Where(m => m.IsControl).Select(m => m.CustomerId)];

    [Fact]
    public void The_same_seed_gives_the_same_split_whatever_order_the_members_come_in()
    {
        var first = Control(Members, 10, 42);
        var again = Control(Members.Reverse(), 10, 42);

        Assert.Equal(first, again);
        Assert.NotEqual(first, Control(Members, 10, 43));
    }

    [Theory]
    [InlineData(400, 10, 40)]
    [InlineData(400, 50, 200)]
    [InlineData(400, 1, 4)]
    [InlineData(8, 38, 3)]      // 3.04
    [InlineData(7, 50, 4)]      // 3.5 rounds away from zero
    [InlineData(8, 1, 0)]       // 0.08: the store refuses a split that leaves a group empty
    public void The_control_group_is_round_of_members_times_the_share(int members, int percent, int expected)
    {
        var split = CampaignSplit.Split(Enumerable.Range(1, members), percent, 7);

        Assert.Equal(expected, split.Count(m => m.IsControl));
        Assert.Equal(members, split.Count);
        Assert.Equal(expected, CampaignSplit.ControlSize(members, percent));
    }

    [Fact]
    public void Over_many_seeds_every_member_lands_in_control_at_the_share()
    {
        // ten members, three in control: over 4,000 seeds each member should be in control 30% of the time (binomial sd 0.7%)
        var counts = new int[10];
        for (var seed = 0; seed < 4000; seed++)
            foreach (var id in Control(Enumerable.Range(0, 10), 30, seed)) counts[id]++;

        Assert.All(counts, c => Assert.InRange(c / 4000.0, 0.27, 0.33));
    }
}
