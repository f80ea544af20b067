using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Warehouse;
using Insights.Warehouse.Status;

namespace Insights.Reports.Pages.Overview;

/// <summary>Headline numbers.</summary>
public sealed record OverviewKpis(long Customers, long Orders, decimal NetRevenue, DateTime? LastOrderedAt, long Returns,
    long Contacts, long OpenComplaints);

/// <summary>
/// Completed sales of one month; <paramref name="IsPartial"/> when the month is still running ("today" falls in it), so its
/// figures are so far, not a whole month's.
/// </summary>
public sealed record MonthRevenue(DateOnly Month, long Orders, long Customers, decimal NetRevenue, bool IsPartial = false);

/// <summary>What the home page shows: freshness, row counts, headline numbers and revenue by month.</summary>
public sealed record OverviewResult(IReadOnlyList<SourceFreshness> Freshness, IReadOnlyList<TableCount> Tables, OverviewKpis Kpis,
    IReadOnlyList<MonthRevenue> RevenueByMonth)
{
    /// <summary>True before the first successful load.</summary>
    public bool HasData => Kpis.Orders > 0;

    /// <summary>The month of the series with the most net revenue (null without any).</summary>
    public MonthRevenue? BestMonth => RevenueByMonth.MaxBy(m => m.NetRevenue);

    /// <summary>The latest month of the series (null without any).</summary>
    public MonthRevenue? LatestMonth => RevenueByMonth.Count == 0 ? null : RevenueByMonth[^1];

    /// <summary>The latest whole month of the series: the latest unless that one is still running (null without any).</summary>
    public MonthRevenue? LatestWholeMonth => RevenueByMonth.LastOrDefault(m => !m.IsPartial);

    /// <summary>The month still running, when the series reaches it (its bar and row are marked).</summary>
    public MonthRevenue? PartialMonth => RevenueByMonth.LastOrDefault(m => m.IsPartial);

    /// <summary>"Today", the day the partial month runs to.</summary>
    public DateOnly Today { get; init; }
}

/// <summary>Reads the home page's numbers from the warehouse.</summary>
public sealed class OverviewQuery(DuckDbWarehouse warehouse, WarehouseStatusQuery status, TimeProvider clock, AnalyticsCache cache)
{
    static readonly string KpisSql = SqlResource.Load<OverviewQuery>("overview_kpis.sql");
    static readonly string RevenueSql = SqlResource.Load<OverviewQuery>("revenue_by_month.sql");

    /// <summary>
    /// Reads the page's numbers under <paramref name="filter"/> (validated by the caller). DuckDB.NET runs a command
    /// synchronously, so the work runs on the caller's thread and the token is checked before it starts.
    /// </summary>
    public Task<OverviewResult> RunAsync(OverviewFilter filter, CancellationToken ct) => Task.FromResult(Run(filter.Months, ct));

    /// <summary>
    /// The home page's numbers: the sources' freshness read now (a running load shows at once), the counts, KPIs and revenue
    /// by month of the latest committed state, computed once per state and day (the running month is marked by the day) behind
    /// the overview's gate, and read from <see cref="AnalyticsCache"/> after that.
    /// </summary>
    public OverviewResult Run(int months = 24, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // every month is read once (the KPIs scan every order line: 1.4 s at SF10, the same for any number of months); a number
        // of months is its latest months, kept as one object per number so its chart is drawn once (ChartPicture.Kept)
        var all = cache.Get(ComputeKind.Overview, $"all|{today:yyyy-MM-dd}", token => Figures(OverviewFilter.MaxMonths, today, token), ct);
        var figures = months >= all.RevenueByMonth.Count ? all
            : cache.Get($"overview|{months}|{today:yyyy-MM-dd}", () => all with { RevenueByMonth = all.RevenueByMonth.TakeLast(months).ToList() });
        using var connection = warehouse.OpenConnection();
        return figures with { Freshness = status.Freshness(connection) };
    }

    OverviewResult Figures(int months, DateOnly today, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        // One transaction, one snapshot: a load that commits between two of these reads must not show its new order count next
        // to the old revenue by month. Read-only, so it only ever ends in a rollback.
        using var snapshot = connection.BeginTransaction();
        OverviewKpis kpis;
        using (var command = connection.CreateCommand(KpisSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            kpis = new OverviewKpis(reader.GetInt64(0), reader.GetInt64(1), reader.GetDecimal(2),
                reader.IsDBNull(3) ? null : reader.GetDateTime(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
        }
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var revenue = new List<MonthRevenue>();
        using (var command = connection.CreateCommand(RevenueSql, ("months", months)))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                revenue.Add(new MonthRevenue(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(2),
                    reader.GetDecimal(3), IsPartial: reader.GetFieldValue<DateOnly>(0) >= thisMonth));
        revenue.Reverse();
        return new OverviewResult([], status.TableCounts(connection), kpis, revenue) { Today = today };
    }
}
