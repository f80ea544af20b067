namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// What the loyalty page shows for one request: the resolved filter, the filters' choices, the warehouse state (part of the
/// chart links), the chosen view's numbers (the other views stay null) and the drill-down list when a number was clicked.
/// </summary>
public sealed record LoyaltyResult(LoyaltyScope Scope, LoyaltyChoices Choices, long State, int ListLimit)
{
    /// <summary>The RFM tab's numbers (when it is the chosen view).</summary>
    public RfmResult? Rfm { get; init; }

    /// <summary>The migration tab's flow matrix.</summary>
    public MigrationResult? Migration { get; init; }

    /// <summary>The cohort tab's triangle and repeat-purchase summary.</summary>
    public CohortResult? Cohorts { get; init; }

    /// <summary>The beyond-price tab's classes.</summary>
    public IReadOnlyList<PriceRow>? Price { get; init; }

    /// <summary>The service tab's groups.</summary>
    public IReadOnlyList<ServiceRow>? Service { get; init; }

    /// <summary>The drill-down list: at most <see cref="ListLimit"/> + 1 customers (one more tells whether there are more).</summary>
    public IReadOnlyList<LoyaltyCustomer>? Customers { get; init; }

    /// <summary>True when the selection holds more customers than the page lists (the CSV has them all).</summary>
    public bool HasMoreCustomers => Customers?.Count > ListLimit;

    /// <summary>How many customers the page lists.</summary>
    public int ShownCount => Math.Min(Customers?.Count ?? 0, ListLimit);

    /// <summary>The customers the page lists, biggest spenders first.</summary>
    public IEnumerable<LoyaltyCustomer> ShownCustomers => Customers?.Take(ListLimit) ?? [];

    /// <summary>True once the warehouse holds a completed order (false before the first one).</summary>
    public bool HasData => Choices.LatestAsOf is not null;

    /// <summary>
    /// What the page did with an as-of date it could use only in part, said above the numbers: a day after the data (within
    /// <see cref="LoyaltyFilter.MaxDaysAfterData"/>; later ones are refused) measures every recency across days without orders,
    /// and a day before the first order finds nobody to score.
    /// </summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            if (!HasData || Choices.LatestAsOf is not { } latest) return [];
            var asOf = Scope.AsOf;
            var lastOrder = latest.AddDays(-1);
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            if (asOf > latest)
            {
                var days = asOf.DayNumber - lastOrder.DayNumber;
                return [string.Create(inv, $"As of {asOf:yyyy-MM-dd} is {days:N0} days after the last completed order ({lastOrder:yyyy-MM-dd}): recencies are measured from it, so every customer's last order is at least {days:N0} days ago and the recent segments are empty. Leave As of empty for the day after the last order.")];
            }
            if (Rfm is { TotalCustomers: 0 })
                return [string.Create(inv, $"No customer had a completed order before {asOf:yyyy-MM-dd}, so there is nobody to score. Choose a later day (the last completed order was on {lastOrder:yyyy-MM-dd}), or leave As of empty.")];
            return [];
        }
    }
}
