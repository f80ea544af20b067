using Insights.Reports.Access;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>One table of the loyalty report as a header and rows: what `report loyalty &lt;table&gt; --format csv` prints and what
/// the page's CSV links download, so the CLI and the page export the same numbers.</summary>
public sealed record LoyaltyTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The tables, by name: rfm, grid, migration, cohorts, repeat, price, service, customers.</summary>
    public static readonly IReadOnlyList<string> Names = ["rfm", "grid", "migration", "cohorts", "repeat", "price", "service", "customers"];

    /// <summary>
    /// Reads table <paramref name="name"/> (one of <see cref="Names"/>) under <paramref name="scope"/>; the customers table shows
    /// personal data as <paramref name="view"/> allows (<see cref="PersonalDataPolicy"/>).
    /// </summary>
    public static LoyaltyTable Read(LoyaltyQuery query, string name, LoyaltyScope scope, LoyaltySelection selection, PersonalDataView view) => name switch
    {
        "rfm" => new(["segment", "count_customers", "customer_share", "net_amount", "revenue_share", "count_orders", "avg_order_value",
                "avg_recency_days"],
            [.. query.Rfm(scope).Segments.Select(s => Row(s.Segment, s.Customers, R(s.CustomerShare), s.NetAmount, R(s.RevenueShare),
                s.Orders, s.AvgOrderValue, R(s.AvgRecencyDays)))]),
        "grid" => new(["r_score", "f_score", "segment", "count_customers", "net_amount"],
            [.. query.Rfm(scope).Grid.Select(c => Row(c.R, c.F, c.Segment, c.Customers, c.NetAmount))]),
        "migration" => Migration(query.Migration(scope)),
        "cohorts" => new(["cohort_month", "months_since", "cohort_size", "count_active", "retention"],
            [.. query.Cohorts(scope).Cells.Select(c => Row(c.Cohort, c.MonthsSince, c.CohortSize, c.Active, R(c.Retention)))]),
        "repeat" => Repeat(query.Cohorts(scope).Repeat),
        "price" => new(["price_class", "count_customers", "net_amount", "full_price_amount", "full_price_share", "avg_orders"],
            [.. query.Price(scope).Select(p => Row(p.PriceClass, p.Customers, p.NetAmount, p.FullPriceAmount, R(p.FullPriceShare),
                R(p.AvgOrders)))]),
        "service" => new(["kind", "service_group", "count_customers", "count_retained", "retention_rate"],
            [.. query.Service(scope).Select(s => Row(s.Kind, s.Group, s.Customers, s.Retained, R(s.RetentionRate)))]),
        "customers" => new(LoyaltyCustomer.CsvHeader,
            [.. PersonalDataPolicy.Apply(query.Customers(scope, selection), view).Select(c => c.CsvCells())]),
        _ => throw new LoyaltyFilterException($"Unknown table \"{name}\": use one of {string.Join(", ", Names)}."),
    };

    static LoyaltyTable Migration(MigrationResult m) =>
        new(["from_as_of", "to_as_of", "from_segment", "to_segment", "count_customers"],
            [.. m.Cells.Select(c => Row(m.PreviousAsOf, m.AsOf, c.From, c.To, c.Customers))]);

    static LoyaltyTable Repeat(RepeatSummary r) =>
        new(["count_customers", "count_repeat", "repeat_rate", "avg_days_to_second", "median_days_to_second"],
            [Row(r.Customers, r.RepeatCustomers, R(r.RepeatRate), r.AvgDaysToSecond is { } a ? R(a) : null, r.MedianDaysToSecond)]);

    static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    // ratios and averages to 6 decimals: enough to recompute, short enough to read
    static double R(double value) => Math.Round(value, 6);
}
