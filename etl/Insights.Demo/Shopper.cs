namespace Insights.Demo;

/// <summary>How a shopper reacts to price: this decides how many of their lines carry a discount.</summary>
enum PriceStyle { BrandLoyal, Middle, DealSeeker }

/// <summary>A staple category a shopper replenishes at a personal, regular interval.</summary>
sealed class Staple(int category, double intervalDays)
{
    public int Category { get; } = category;
    public double IntervalDays { get; } = intervalDays;
    public DateTime NextDue { get; set; }
}

/// <summary>A complaint's effect on the shopper, which starts once the complaint has been opened.</summary>
sealed record ComplaintEffect(DateTime From, ComplaintOutcome Outcome);

/// <summary>How a complaint was handled: within 48 hours, within a week, slower, or never.</summary>
enum ComplaintOutcome { Quick, Normal, Slow, Unresolved }

/// <summary>
/// One customer's traits and buying state while the simulation runs. Only shoppers still buying are kept, so memory grows
/// with the active customers, not with the history written.
/// </summary>
sealed class Shopper
{
    public required int Id { get; init; }
    public required DateTime SignedUpAt { get; init; }

    /// <summary>store, web, app or phone: where most of this shopper's orders are placed.</summary>
    public required string HomeChannel { get; init; }

    public bool Online => HomeChannel is "web" or "app";

    /// <summary>Shops online logged in to the self-service portal (its events are logged); others check out as guests.</summary>
    public required bool PortalUser { get; init; }
    public required PriceStyle PriceStyle { get; init; }

    /// <summary>Relative weight of each category on unplanned trips; 0 for staples (bought on their own schedule) and for
    /// categories the household never buys (no baby, no pet).</summary>
    public required double[] CategoryWeights { get; init; }

    /// <summary>Favourite brand per category (brand-loyal shoppers mostly stick to it).</summary>
    public required int[] FavouriteBrand { get; init; }

    public required Staple[] Staples { get; init; }

    /// <summary>Mean number of unplanned lines per trip, on top of the first.</summary>
    public required double ExtraLines { get; init; }

    /// <summary>Multiplies the chance of complaining about an order (some people complain more).</summary>
    public required double ComplaintProneness { get; init; }

    /// <summary>λ: unplanned trips per day while active (BG/NBD purchase rate).</summary>
    public required double TripRate { get; set; }

    /// <summary>p: chance of dropping out after each purchase (BG/NBD dropout).</summary>
    public required double DropoutProbability { get; set; }

    public DateTime NextUnplannedTrip { get; set; }
    public bool Active { get; set; } = true;
    public ComplaintEffect? PendingEffect { get; set; }
}
