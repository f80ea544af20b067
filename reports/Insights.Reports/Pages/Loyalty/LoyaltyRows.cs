namespace Insights.Reports.Pages.Loyalty;

/// <summary>What the filters can be set to: the warehouse's own values.</summary>
public sealed record LoyaltyChoices(DateOnly? LatestAsOf, IReadOnlyList<string> Regions, IReadOnlyList<string> Channels,
    IReadOnlyList<string> Categories);

/// <summary>One RFM segment: size, revenue and their shares of the population, orders and average order value.</summary>
public sealed record SegmentRow(string Segment, long Customers, double CustomerShare, decimal NetAmount, double RevenueShare,
    long Orders, double AvgRecencyDays)
{
    /// <summary>Net revenue per completed order.</summary>
    public decimal AvgOrderValue => Orders == 0 ? 0 : Math.Round(NetAmount / Orders, 2);
}

/// <summary>One cell of the R x F segment map with its customers.</summary>
public sealed record GridCell(int R, int F, string Segment, long Customers, decimal NetAmount);

/// <summary>The RFM view: segments (best first) and the segment map.</summary>
public sealed record RfmResult(IReadOnlyList<SegmentRow> Segments, IReadOnlyList<GridCell> Grid)
{
    /// <summary>Customers scored.</summary>
    public long TotalCustomers => Segments.Sum(s => s.Customers);
}

/// <summary>Customers who were in <paramref name="From"/> one period earlier and are in <paramref name="To"/> now.</summary>
public sealed record MigrationCell(string From, string To, long Customers);

/// <summary>The migration view: the flow matrix between two as-of dates.</summary>
public sealed record MigrationResult(DateOnly PreviousAsOf, DateOnly AsOf, IReadOnlyList<MigrationCell> Cells)
{
    /// <summary>Share of customers scored at both dates who stayed in their segment.</summary>
    public double StayedShare
    {
        get
        {
            var known = Cells.Where(c => c.From != "(new)").ToList();
            var total = known.Sum(c => c.Customers);
            return total == 0 ? 0 : (double)known.Where(c => c.From == c.To).Sum(c => c.Customers) / total;
        }
    }
}

/// <summary>One cohort month and month offset: the cohort's size and its customers who ordered in that month.</summary>
public sealed record CohortCell(DateOnly Cohort, int MonthsSince, long CohortSize, long Active)
{
    /// <summary>Active / cohort size.</summary>
    public double Retention => CohortSize == 0 ? 0 : (double)Active / CohortSize;
}

/// <summary>Repeat purchase: customers with two or more orders, and days from the first order to the second.</summary>
public sealed record RepeatSummary(long Customers, long RepeatCustomers, double? AvgDaysToSecond, double? MedianDaysToSecond)
{
    /// <summary>Repeat customers / customers.</summary>
    public double RepeatRate => Customers == 0 ? 0 : (double)RepeatCustomers / Customers;
}

/// <summary>The cohort view: the retention triangle and the repeat-purchase summary.</summary>
public sealed record CohortResult(IReadOnlyList<CohortCell> Cells, RepeatSummary Repeat);

/// <summary>Customers of one price class with their revenue.</summary>
public sealed record PriceRow(string PriceClass, long Customers, decimal NetAmount, decimal FullPriceAmount, double AvgOrders)
{
    /// <summary>Full-price revenue / revenue of the class.</summary>
    public double FullPriceShare => NetAmount == 0 ? 0 : (double)(FullPriceAmount / NetAmount);
}

/// <summary>Customers of one service group (complaint or return kind) and those retained.</summary>
public sealed record ServiceRow(string Kind, string Group, long Customers, long Retained)
{
    /// <summary>Retained / customers.</summary>
    public double RetentionRate => Customers == 0 ? 0 : (double)Retained / Customers;
}

/// <summary>One customer behind a number: the marketing target list's row.</summary>
public sealed record LoyaltyCustomer(int CustomerId, string FullName, string PreferredName, string? Email, string Region, string Segment, int R, int F, int M,
    int RecencyDays, long Orders, decimal NetAmount, double FullPriceShare, DateOnly FirstOrderedOn, DateOnly LastOrderedOn)
{
    /// <summary>The CSV header of a target list.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "customer_id", "full_name", "preferred_name", "email", "region", "segment", "r_score", "f_score", "m_score", "recency_days", "count_orders",
        "net_amount", "full_price_share", "first_ordered_on", "last_ordered_on",
    ];

    /// <summary>The row's cells in <see cref="CsvHeader"/> order.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [CustomerId, FullName, PreferredName, Email, Region, Segment, R, F, M, RecencyDays, Orders, NetAmount, Math.Round(FullPriceShare, 4),
         FirstOrderedOn, LastOrderedOn];
}
