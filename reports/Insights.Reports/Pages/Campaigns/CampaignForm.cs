using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>The "new campaign" form as posted (the store checks every rule; the attributes only keep the bound text short).</summary>
public sealed class CampaignForm
{
    /// <summary>The campaign's name.</summary>
    [StringLength(1000, ErrorMessage = "The name is far too long.")]
    public string? Name { get; set; }

    /// <summary>What the treatment group is offered.</summary>
    [StringLength(10_000, ErrorMessage = "The offer is far too long.")]
    public string? Offer { get; set; }

    /// <summary>The window's first day.</summary>
    public DateOnly? StartsOn { get; set; }

    /// <summary>The window's length in days.</summary>
    public int? WindowDays { get; set; } = 30;

    /// <summary>The control share in percent.</summary>
    public int? ControlPercent { get; set; } = 10;

    /// <summary>The split's seed (empty: a random one, recorded).</summary>
    public long? Seed { get; set; }

    /// <summary>The request for segment <paramref name="segmentId"/>.</summary>
    public CampaignRequest ToRequest(int? segmentId) => new(segmentId, Name, Offer, StartsOn, WindowDays, ControlPercent, Seed);
}
