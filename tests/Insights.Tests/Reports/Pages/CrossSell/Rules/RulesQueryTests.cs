using Insights.Etl;
using Insights.Reports.Pages.CrossSell.Rules;

namespace Insights.Tests.Reports.Pages.CrossSell.Rules;

/// <summary>Groceries loaded through the ETL's basket file source, mined from the warehouse: the acceptance case of issue 7.</summary>
public sealed class RulesQueryTests : IDisposable
{
    readonly TempFolder _folder = new();

    WarehouseHost LoadGroceries()
    {
        var folder = _folder.File("groceries");
        Directory.CreateDirectory(folder);
        File.Copy(GroceriesBaskets.Path, Path.Combine(folder, "groceries.csv"));
        var settings = MappedBasketsTests.BasketMapping(folder, "groceries");
        settings["Etl:MappedFiles:0:MaxItemLength"] = "200";   // Groceries' longest name has 25 characters; the fixture's limit is 20
        var host = new WarehouseHost(_folder, settings);
        var run = host.Get<EtlRunner>().Run("groceries", "test", CancellationToken.None);
        Assert.Equal(9835L, run.Counts.Loaded);
        return host;
    }

    [Fact]
    public void Groceries_through_the_etl_gives_410_rules_whose_measures_match_a_brute_force_count()
    {
        using var host = LoadGroceries();
        var file = GroceriesBaskets.Read();

        var result = host.Get<RulesQuery>().Run(new RulesFilter { MinSupport = 0.001m, MinConfidence = 0.8m });

        Assert.Equal(9835, result.Model.Baskets);
        Assert.Equal(10, result.Model.MinCount);
        Assert.Equal(13492, result.Model.FrequentItemsets);
        Assert.Equal(410, result.Rules.Count);
        foreach (var rule in result.Rules)
        {
            var both = GroceriesBaskets.Occurrences(file, rule.Antecedent.Concat(rule.Consequent));
            var a = GroceriesBaskets.Occurrences(file, rule.Antecedent);
            var b = GroceriesBaskets.Occurrences(file, rule.Consequent);
            Assert.Equal(both / 9835.0, rule.Support, 1e-9);
            Assert.Equal((double)both / a, rule.Confidence, 1e-9);
            Assert.Equal((double)both / a / (b / 9835.0), rule.Lift, 1e-9);
            Assert.Equal(both / 9835.0 - a / 9835.0 * (b / 9835.0), rule.Leverage, 1e-9);
            if (both == a) Assert.True(double.IsPositiveInfinity(rule.Conviction));
            else Assert.Equal((1 - b / 9835.0) / (1 - (double)both / a), rule.Conviction, 1e-9);
        }
        // sorted by lift, highest first: {liquor, red/blush wine} => {bottled beer} (19 of 21 baskets, 792 with beer)
        Assert.Equal(["liquor", "red/blush wine"], result.Rules[0].Antecedent);
        Assert.Equal(["bottled beer"], result.Rules[0].Consequent);
    }

    [Fact]
    public void Item_and_lift_filters_keep_only_matching_rules_and_every_split_gives_413()
    {
        using var host = LoadGroceries();
        var query = host.Get<RulesQuery>();

        var all = query.Run(new RulesFilter { MinSupport = 0.001m, MinConfidence = 0.8m, Consequents = "all" });
        var beer = query.Run(new RulesFilter { MinSupport = 0.001m, MinConfidence = 0.8m, Item = "Bottled Beer" });
        var strong = query.Run(new RulesFilter { MinSupport = 0.001m, MinConfidence = 0.8m, MinLift = 5m, Sort = "support" });

        Assert.Equal(413, all.Rules.Count);
        Assert.NotEmpty(beer.Rules);
        Assert.All(beer.Rules, r => Assert.Contains("bottled beer", r.Antecedent.Concat(r.Consequent)));
        Assert.NotEmpty(strong.Rules);
        Assert.All(strong.Rules, r => Assert.True(r.Lift >= 5));
        Assert.True(strong.Rules.Zip(strong.Rules.Skip(1)).All(p => p.First.Support >= p.Second.Support));
    }

    [Fact]
    public void A_bad_threshold_is_reported_not_mined()
    {
        using var host = new WarehouseHost(_folder);

        var result = host.Get<RulesQuery>().Run(new RulesFilter { MinSupport = 0m, Sort = "lift; drop table x" });

        Assert.Contains("Minimum support must be above 0 and at most 1.", result.Problems);
        Assert.Empty(result.Rules);
    }

    public void Dispose() => _folder.Dispose();
}
