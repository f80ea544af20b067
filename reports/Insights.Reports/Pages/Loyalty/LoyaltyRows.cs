using Insights.Reports.Access;

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
    /// <summary>The rows: segments one period earlier, "(new)" first, then best segment first.</summary>
    public IReadOnlyList<string> FromSegments => [.. Cells.Select(c => c.From).Distinct().OrderBy(SegmentOrder)];

    /// <summary>The columns: segments now, best first.</summary>
    public IReadOnlyList<string> ToSegments => [.. Cells.Select(c => c.To).Distinct().OrderBy(SegmentOrder)];

    /// <summary>Customers who moved from <paramref name="from"/> to <paramref name="to"/> (0 when none did).</summary>
    public long Flow(string from, string to) => Cells.FirstOrDefault(c => c.From == from && c.To == to)?.Customers ?? 0;

    /// <summary>Customers who were in <paramref name="from"/> one period earlier.</summary>
    public long FromTotal(string from) => Cells.Where(c => c.From == from).Sum(c => c.Customers);

    /// <summary>A cell's shade, 0.05 (none) to 0.65 (the largest flow): the heat of the matrix.</summary>
    public double Shade(long customers)
    {
        var max = Cells.Count == 0 ? 1 : Math.Max(1, Cells.Max(c => c.Customers));
        return 0.05 + 0.6 * customers / max;
    }

    /// <summary>
    /// The CSS class of a cell's shade, <c>heat-1</c> (0.05) to <c>heat-13</c> (0.65) in steps of 0.05 (site.css): the page's
    /// Content-Security-Policy allows no style attribute, so the shade is one of a fixed set of classes.
    /// </summary>
    public string ShadeClass(long customers) => "heat-" + ((int)Math.Round(Shade(customers) * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // "(new)" first, then the segments best first (the segment map's order)
    static readonly List<string> Order = [.. SegmentMapChart.Colours.Keys.Prepend("(new)")];

    static int SegmentOrder(string segment) => Order.IndexOf(segment);

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

    /// <summary>The calendar month this cell counts orders in: the cohort's month plus <see cref="MonthsSince"/>.</summary>
    public DateOnly Month => Cohort.AddMonths(MonthsSince);

    /// <summary>
    /// True when the cell's month is still running at <paramref name="asOf"/> (the as-of day falls in it and is not its last
    /// day): its retention counts only the days up to the as-of date, so it reads low next to whole months.
    /// </summary>
    public bool IsPartialAt(DateOnly asOf) =>
        Month.Year == asOf.Year && Month.Month == asOf.Month && asOf.Day < DateTime.DaysInMonth(asOf.Year, asOf.Month);
}

/// <summary>Repeat purchase: customers with two or more orders, and days from the first order to the second.</summary>
public sealed record RepeatSummary(long Customers, long RepeatCustomers, double? AvgDaysToSecond, double? MedianDaysToSecond)
{
    /// <summary>Repeat customers / customers.</summary>
    public double RepeatRate => Customers == 0 ? 0 : (double)RepeatCustomers / Customers;
}

/// <summary>The cohort view: the retention triangle and the repeat-purchase summary.</summary>
public sealed record CohortResult(IReadOnlyList<CohortCell> Cells, RepeatSummary Repeat)
{
    /// <summary>Columns of the triangle: months since the first purchase, 0 to the largest.</summary>
    public int Months => Cells.Count == 0 ? 0 : Cells.Max(c => c.MonthsSince) + 1;

    /// <summary>The triangle's rows: each cohort month, oldest first, with its size and its cells by months since.</summary>
    public IReadOnlyList<CohortRow> Rows =>
        [.. Cells.GroupBy(c => c.Cohort).OrderBy(g => g.Key).Select(g => new CohortRow(g.Key, g.First().CohortSize, [.. g.OrderBy(c => c.MonthsSince)]))];
}

/// <summary>One cohort month of the triangle: its size and its cells by months since the first purchase.</summary>
public sealed record CohortRow(DateOnly Cohort, long CohortSize, IReadOnlyList<CohortCell> Cells);

/// <summary>Customers of one price class with their revenue.</summary>
public sealed record PriceRow(string PriceClass, long Customers, decimal NetAmount, decimal FullPriceAmount, double AvgOrders)
{
    /// <summary>Full-price revenue / revenue of the class.</summary>
    public double FullPriceShare => NetAmount == 0 ? 0 : (double)(FullPriceAmount / NetAmount);
}

/// <summary>Customers of one service group (complaint or return kind) and those retained.</summary>
public sealed record ServiceRow(string Kind, string Group, long Customers, long Retained)
{
    /// <summary>Customers of the group who were not retained.</summary>
    public long Lapsed => Customers - Retained;

    /// <summary>Retained / customers.</summary>
    public double RetentionRate => Customers == 0 ? 0 : (double)Retained / Customers;
}

/// <summary>
/// One customer behind a number: the marketing target list's row. It carries personal data, so pages and downloads show it
/// through <see cref="PersonalDataPolicy"/> (<see cref="FullName"/> is null when the reader's view hides it).
/// </summary>
public sealed record LoyaltyCustomer(int CustomerId, string? FullName, string PreferredName, string? Email, string Region, string Segment, int R, int F, int M,
    int RecencyDays, long Orders, decimal NetAmount, double FullPriceShare, DateOnly FirstOrderedOn, DateOnly LastOrderedOn)
    : IHasPersonalData<LoyaltyCustomer>
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

    /// <inheritdoc />
    public PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public LoyaltyCustomer WithPersonalData(PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName ?? "", Email = data.Email };
}
