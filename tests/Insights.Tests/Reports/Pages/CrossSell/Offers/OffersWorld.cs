using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>A migrated warehouse holding TestData/offers/world.sql (six customers; README.md there works out every number).</summary>
public sealed class OffersWorld : IDisposable
{
    /// <summary>The backtest's default cutoff: the last purchase day (2024-04-30) + 1 − the 30-day horizon.</summary>
    public static readonly DateOnly Cutoff = new(2024, 4, 1);

    readonly TempFolder _folder = new();

    public OffersWorld()
    {
        Host = new WarehouseHost(_folder);
        Fill(Host.Get<DuckDbWarehouse>());
    }

    /// <summary>Writes TestData/offers/world.sql into <paramref name="warehouse"/> (fresh and migrated).</summary>
    public static void Fill(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "offers", "world.sql")));
    }

    /// <summary>
    /// Saves segment <paramref name="id"/> with exactly <paramref name="members"/>, as evaluated at the warehouse's state (no run
    /// yet: 0), straight into the segment tables (this world has no segment marts to evaluate conditions on), so
    /// SegmentScopes resolves it without evaluating it.
    /// </summary>
    public static void SaveSegment(DuckDbWarehouse warehouse, int id, string name, params int[] members)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery("insert into app_segment values ($id, $name, '', '{\"groups\":[]}', 'test', timestamp '2024-05-01', 'test', timestamp '2024-05-01')",
            ("id", id), ("name", name));
        connection.ExecuteNonQuery("insert into app_segment_size values ($id, 0, timestamp '2024-05-01 06:00', $count, 0, $count, 0)",
            ("id", id), ("count", (long)members.Length));
        foreach (var member in members)
            connection.ExecuteNonQuery("insert into app_segment_member values ($id, $member)", ("id", id), ("member", member));
    }

    public WarehouseHost Host { get; }

    public T Get<T>() where T : notnull => Host.Get<T>();

    /// <summary>The offers model as of <paramref name="asOf"/> (a backtest's view of the data), category level, horizon 30 days.</summary>
    public OfferModel ModelAsOf(DateOnly asOf, int horizon = 30)
    {
        using var connection = Get<DuckDbWarehouse>().OpenConnection();
        var history = OfferHistory.Read(connection, "category", asOf, cutoff: true, null, null, CancellationToken.None);
        return OfferModel.Build(history, 0.01m, 1m, horizon, CancellationToken.None);
    }

    /// <summary>Customer <paramref name="id"/>'s top <paramref name="k"/> offers of <paramref name="model"/> by <paramref name="method"/>.</summary>
    public static List<(string Item, OfferCandidate Offer)> Offers(OfferModel model, int id, OfferMethod method, int k = 3)
    {
        var index = model.History.Customers.ToList().FindIndex(c => c.Id == id);
        var output = new OfferCandidate[k];
        var kept = model.Ranking.Pick(model.History.Customers[index], model.Activities.Customers[index], method, output);
        return output.Take(kept).Select(o => (model.History.Items[o.Item].Name, o)).ToList();
    }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
