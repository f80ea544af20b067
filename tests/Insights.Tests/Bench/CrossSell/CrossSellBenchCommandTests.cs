using System.Text.Json;

namespace Insights.Tests.Bench.CrossSell;

/// <summary>
/// `insights bench cross-sell` on Groceries (the published arules figures at support 0.001, confidence 0.8) and on the
/// hand-solved CrossSellWorld's baskets at both levels. Timings are never asserted (benchmarks are commands, not tests).
/// </summary>
public sealed class CrossSellBenchCommandTests(CrossSellWorldFile world) : IClassFixture<CrossSellWorldFile>
{
    [Fact]
    public void Bench_mines_groceries_to_the_published_itemsets_and_rules()
    {
        var run = CliProcess.Run("bench", "cross-sell", "--groceries", GroceriesBaskets.Path, "--warmups", "1", "--runs", "1", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var groceries = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("groceries");
        Assert.Equal(9835, groceries.GetProperty("baskets").GetInt32());
        Assert.Equal(13492, groceries.GetProperty("itemsets").GetInt32());
        Assert.Equal(410, groceries.GetProperty("rules").GetInt32());
    }

    [Fact]
    public void Bench_levels_mine_the_warehouse_baskets_at_category_and_product_level()
    {
        var run = CliProcess.Run("bench", "cross-sell", "--levels", "--warehouse", world.Path, "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var levels = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["category", "product"], levels.Select(l => l.GetProperty("level").GetString()));
        // the world's ten completed orders are its baskets at either level (o11 was cancelled)
        Assert.All(levels, l => Assert.Equal(10, l.GetProperty("baskets").GetInt32()));
    }
}
