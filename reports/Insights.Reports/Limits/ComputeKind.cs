namespace Insights.Reports.Limits;

/// <summary>The kinds of expensive computation, each with its own gate (a burst of one kind does not block the others).</summary>
public enum ComputeKind
{
    /// <summary>Market-basket rules (FP-growth).</summary>
    Rules,

    /// <summary>The overview's counts, KPIs and revenue by month (scans of the facts).</summary>
    Overview,

    /// <summary>Sequential cross-sell.</summary>
    Sequences,

    /// <summary>The white-space matrix.</summary>
    WhiteSpace,

    /// <summary>Next-best offers.</summary>
    Offers,

    /// <summary>New-offering opportunities.</summary>
    Opportunities,

    /// <summary>Purchase intervals: model fit, CLV, rhythms and category cycles.</summary>
    Intervals,

    /// <summary>Loyalty views computed from the order lines (a filtered view; the marts are read without a gate).</summary>
    LoyaltyLive,

    /// <summary>The service report's complaints view: counts, rates, resolution, SLA, backlog and repeat complainers.</summary>
    ServiceComplaints,

    /// <summary>The service report's Channels view (contacts by channel, face, direction and month; active customers).</summary>
    ServiceChannels,

    /// <summary>The service report's "What contacts lead to" view (orders after contacts against control days; lapses).</summary>
    ServiceAttribution,

    /// <summary>The service report's complaint texts: search and characteristic terms (term index).</summary>
    ServiceTexts,

    /// <summary>The service report's returns (return rates from the order lines).</summary>
    ServiceReturns,

    /// <summary>The customer search (a scan of every customer's name and e-mail keys).</summary>
    CustomerSearch,

    /// <summary>A customer's profile and timeline (reads the facts of one customer).</summary>
    CustomerProfile,

    /// <summary>A segment's preview or membership (one scan of the per-customer segment mart).</summary>
    Segments,

    /// <summary>A campaign's readout (its members' completed orders within the window).</summary>
    Campaigns,
}

/// <summary>What the gate knows of each kind.</summary>
public static class ComputeKinds
{
    /// <summary>
    /// A lookup of one customer (the search and the profile: milliseconds each) is gated per kind only, never behind the
    /// shared gate where it would wait for a minute-long mining.
    /// </summary>
    public static bool IsLookup(this ComputeKind kind) => kind is ComputeKind.CustomerSearch or ComputeKind.CustomerProfile;
}
