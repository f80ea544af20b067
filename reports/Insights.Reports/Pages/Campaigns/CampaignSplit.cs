namespace Insights.Reports.Pages.Campaigns;

/// <summary>
/// The random split of a campaign's members into treatment and control. Each member gets a sort key from the seed and its
/// customer id (SplitMix64 of seed × 2^32 + id, our own few lines rather than <see cref="Random"/>, whose sequence .NET does
/// not promise to keep across versions); members are ordered by that key and the first round(N × share ÷ 100) form the
/// control group. The same seed and members always give the same split, whatever order the members come in, and the control
/// group's size is exact (not a coin per member, whose share would wander at small N).
/// </summary>
public static class CampaignSplit
{
    /// <summary>Customers in the control group of <paramref name="members"/> members at <paramref name="controlPercent"/>%.</summary>
    public static int ControlSize(int members, int controlPercent) =>
        (int)Math.Round(members * (decimal)controlPercent / 100m, MidpointRounding.AwayFromZero);

    /// <summary>Splits <paramref name="members"/> (distinct customer ids); returns each member with whether it is in the control group.</summary>
    public static IReadOnlyList<(int CustomerId, bool IsControl)> Split(IEnumerable<int> members, int controlPercent, long seed)
    {
        var ordered = members.Distinct().Select(id => (Id: id, Key: Key(seed, id))).OrderBy(m => m.Key).ThenBy(m => m.Id).ToList();
        var control = ControlSize(ordered.Count, controlPercent);
        return [.. ordered.Select((m, i) => (m.Id, i < control)).OrderBy(m => m.Id)];
    }

    /// <summary>The member's sort key: SplitMix64 (Steele, Lea and Flood 2014) of the seed and the id, a well-mixed 64-bit value.</summary>
    public static ulong Key(long seed, int customerId)
    {
        unchecked
        {
            var z = ((ulong)seed << 32 ^ (uint)customerId) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
