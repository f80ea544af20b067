using System.Diagnostics;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// Backtests the next-best offers (page and `report cross-sell backtest`): offers are made from the data before the cutoff only
/// (history, rules, segments, P(alive) all as of the cutoff), then measured on the purchases in the horizon after it, for the top
/// 1 and top 3, ranked most likely and most revenue first, against the most popular items overall and in the customer's segment,
/// ranked over the same candidates (same customers, same exclusions). A hit is a customer who bought an offered item in the horizon.
/// </summary>
public sealed class OffersBacktest(DuckDbWarehouse warehouse, ComputeGate gate)
{
    static readonly string OutcomesSql = SqlResource.Load<OffersBacktest>("offer_outcomes.sql");

    /// <summary>The backtest of <paramref name="filter"/>'s level, cutoff (default: horizon days before the data's end) and horizon.</summary>
    /// <exception cref="BacktestRefusedException">No data before the cutoff, or the horizon runs past the last purchase day.</exception>
    public BacktestResult Run(OffersFilter filter, CancellationToken ct = default) => gate.Run(ComputeKind.Offers, ct, token => Compute(filter, token));

    /// <summary>The cutoff <paramref name="filter"/> asks for, or its default (null when the warehouse has no purchases).</summary>
    public DateOnly? DefaultCutoff(OffersFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        return OffersQuery.PurchaseDays(connection) is { } days ? filter.Cutoff ?? days.Last.AddDays(1 - filter.Horizon) : null;
    }

    BacktestResult Compute(OffersFilter filter, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var level = filter.IsCategoryLevel ? "category" : "product";
        var horizon = Math.Clamp(filter.Horizon, 7, 365);
        using var connection = warehouse.OpenConnection();
        var (first, last) = OffersQuery.PurchaseDays(connection) ?? throw new BacktestRefusedException("There are no purchases to backtest on.");
        var cutoff = filter.Cutoff ?? last.AddDays(1 - horizon);
        if (cutoff <= first)
            throw new BacktestRefusedException($"The cutoff must be after the first purchase day ({first:yyyy-MM-dd}): offers need data before it.");
        if (cutoff.AddDays(horizon) > last.AddDays(1))
            throw new BacktestRefusedException(
                $"The cutoff plus the horizon must end by the day after the last purchase day ({last:yyyy-MM-dd}): later purchases are not in the warehouse.");
        var history = OfferHistory.Read(connection, level, cutoff, cutoff: true, filter.From, null, ct);
        var model = OfferModel.Build(history, filter.MinSupport, filter.MinLift, horizon, ct);
        var outcomes = Outcomes(connection, level, cutoff, horizon, ct);

        var methods = new[] { OfferMethod.MostLikely, OfferMethod.MostRevenue, OfferMethod.Popular, OfferMethod.PopularInSegment };
        var hits = new int[methods.Length, 2];
        var revenue = new double[methods.Length, 2];
        var offers = new OfferCandidate[3];
        var customers = history.Customers;
        for (var i = 0; i < customers.Count; i++)
        {
            if (i % 4096 == 0) ct.ThrowIfCancellationRequested();
            var bought = outcomes.GetValueOrDefault(customers[i].Id);
            for (var m = 0; m < methods.Length; m++)
            {
                var kept = model.Ranking.Pick(customers[i], model.Activities.Customers[i], methods[m], offers);
                if (bought is null) continue;
                var hitTop3 = false;
                for (var k = 0; k < kept; k++)
                {
                    if (!bought.TryGetValue(offers[k].Item, out var amount)) continue;
                    hitTop3 = true;
                    revenue[m, 1] += amount;
                    if (k == 0)
                    {
                        hits[m, 0]++;
                        revenue[m, 0] += amount;
                    }
                }
                if (hitTop3) hits[m, 1]++;
            }
        }

        var n = customers.Count;
        var lines = new List<BacktestLine>();
        for (var t = 0; t < 2; t++)
            for (var m = 0; m < methods.Length; m++)
            {
                var (low, high) = WilsonInterval.Of(hits[m, t], n);
                lines.Add(new BacktestLine(BacktestResult.Methods[m], t == 0 ? 1 : 3, n, hits[m, t], n > 0 ? (double)hits[m, t] / n : 0, low, high,
                    revenue[m, t], Ratio(hits[m, t], hits[2, t]), Ratio(hits[m, t], hits[3, t])));
            }
        return new BacktestResult(level, cutoff, horizon, n, model.Rules.Count, model.Activities.Modelled, model.Activities.ModelNote,
            lines, clock.Elapsed.TotalSeconds);
    }

    static double? Ratio(int hits, int baseline) => baseline > 0 ? (double)hits / baseline : null;

    // per customer, the items bought in [cutoff, cutoff + horizon) and the amount spent on each
    static Dictionary<int, Dictionary<int, double>> Outcomes(DuckDB.NET.Data.DuckDBConnection connection, string level, DateOnly cutoff,
        int horizon, CancellationToken ct)
    {
        var outcomes = new Dictionary<int, Dictionary<int, double>>();
        using var command = connection.CreateCommand(OutcomesSql, ("level", level), ("cutoff", cutoff), ("horizon", horizon));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            if (!outcomes.TryGetValue(id, out var items)) outcomes[id] = items = [];
            items[reader.GetInt32(1)] = reader.GetDouble(2);
        }
        return outcomes;
    }
}
