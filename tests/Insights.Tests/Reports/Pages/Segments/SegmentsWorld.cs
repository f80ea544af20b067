using Insights.Reports.Pages.Segments;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>
/// A migrated warehouse holding TestData/loyalty/world.sql, TestData/segments/world.sql and its model figures
/// (TestData/segments/scores.sql) (eight customers; the segments
/// README has every condition's members), with its marts built as a full build would, and the clock at <see cref="Today"/>.
/// </summary>
public sealed class SegmentsWorld : IDisposable
{
    /// <summary>"Today" of every hand-computed "within N days".</summary>
    public static readonly DateOnly Today = new(2024, 7, 1);

    readonly TempFolder _folder = new();

    public SegmentsWorld()
    {
        Host = new WarehouseHost(_folder, services: s => s.AddSingleton<TimeProvider>(new SettableClock(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero))));
        Fill(Host.Get<DuckDbWarehouse>(), Host.Get<ModelRunner>());
    }

    /// <summary>Writes both worlds' rows into <paramref name="warehouse"/> and builds the marts the segment conditions read.</summary>
    public static void Fill(DuckDbWarehouse warehouse, ModelRunner runner)
    {
        LoyaltyWorld.Fill(warehouse);
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "segments", "world.sql")));
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "segments", "scores.sql")));
        BuildMarts(connection, runner);
    }

    public WarehouseHost Host { get; }

    public SegmentQuery Query => Host.Get<SegmentQuery>();

    public SegmentStore Store => Host.Get<SegmentStore>();

    /// <summary>Builds the RFM and segment marts from the world's facts as a full build would.</summary>
    public void BuildMarts()
    {
        using var connection = Host.Get<DuckDbWarehouse>().OpenConnection();
        BuildMarts(connection, Host.Get<ModelRunner>());
    }

    static void BuildMarts(DuckDB.NET.Data.DuckDBConnection connection, ModelRunner runner) =>
        runner.Build(connection, runId: 0, full: true, ["mart_customer_order_totals", "mart_customer_rfm", "mart_segment_category", "mart_segment_customer", "mart_customer_purchase_day"]);

    /// <summary>The members of <paramref name="definition"/>, by customer id.</summary>
    public int[] Members(SegmentDefinition definition)
    {
        var compiled = Query.Compile(definition);
        using var connection = Host.Get<DuckDbWarehouse>().OpenConnection();
        SegmentQuery.SelectMembers(connection, compiled, CancellationToken.None);
        using var command = connection.CreateCommand("select customer_id from segment_members order by customer_id");
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read()) ids.Add(reader.GetInt32(0));
        return [.. ids];
    }

    /// <summary>A definition of one condition per group (all AND).</summary>
    public static SegmentDefinition All(params SegmentCondition[] conditions) => new([.. conditions.Select(c => new ConditionGroup([c]))]);

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
