using Insights.Demo;
using Insights.Etl;

namespace Insights.Tests.Warehouse;

/// <summary>Pages keep answering during a load and only ever see the warehouse before it or after it, never half of it.</summary>
public sealed class ConcurrentReadTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public async Task Readers_during_a_load_see_the_old_or_the_new_warehouse_never_a_mix()
    {
        using var host = new WarehouseHost(_folder);
        var preparer = host.Get<DemoSourcePreparer>();
        var runner = host.Get<EtlRunner>();
        preparer.Generate(0.01, seed: 1, new DateOnly(2026, 6, 30), toPostgres: false);
        runner.RunAll("test", CancellationToken.None);
        // one query, one snapshot: fact count, fact revenue, and the mart built from the same facts
        const string probe =
            "select (select count(*) from fct_order_line), " +
            "(select sum(net_amount) from fct_order_line where order_status = 'completed'), " +
            "(select sum(net_amount) from mart_revenue_by_month)";
        var before = host.Rows(probe).Single();
        preparer.Generate(0.02, seed: 2, new DateOnly(2026, 6, 30), toPostgres: false);

        var load = Task.Run(() => runner.Run(SourceNames.Operational, "test", CancellationToken.None));
        var seen = new List<object?[]>();
        while (!load.IsCompleted) seen.Add(host.Rows(probe).Single());
        await load;
        var after = host.Rows(probe).Single();

        Assert.NotEqual(before, after);
        Assert.True(seen.Count > 1, "the reader did not get to read during the load");
        Assert.All(seen, row => Assert.True(row.SequenceEqual(before) || row.SequenceEqual(after),
            $"a reader saw a state that is neither before nor after the load: {string.Join(", ", row)}"));
    }

    public void Dispose() => _folder.Dispose();
}
