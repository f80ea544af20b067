using Insights.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>
/// The model-based conditions (CLV, P(alive), expected purchases, overdue, next-best offer) against the hand-made model figures
/// of TestData/segments/scores.sql (README.md "Model figures" has every member), the mean CLV of the preview, and the messages
/// while the figures are not computed or not trusted.
/// </summary>
public sealed class SegmentModelConditionTests(SegmentsWorldFixture fixture) : IClassFixture<SegmentsWorldFixture>
{
    SegmentsWorld World => fixture.World;

    public static TheoryData<string, string> Cases => new()
    {
        { """{"field":"clv","op":"between","min":100}""", "1,2" },
        { """{"field":"clv","op":"between","min":20,"max":50}""", "4,5,7" },
        { """{"field":"p_alive","op":"between","min":0.5}""", "1,2,4,6" },
        { """{"field":"p_alive","op":"between","max":0.4}""", "3,5,7" },
        { """{"field":"p_alive","op":"between","min":0,"max":1}""", "1,2,3,4,5,6,7" },
        { """{"field":"expected_purchases","op":"between","min":1}""", "1,2" },
        { """{"field":"overdue","op":"own_rhythm"}""", "2" },
        { """{"field":"next_best_offer","op":"top_in","values":["Games"]}""", "2,5,6" },
        { """{"field":"next_best_offer","op":"top3_in","values":["Games"]}""", "1,2,4,5,6" },
        { """{"field":"next_best_offer","op":"top_in","values":["Books"]}""", "1,3,4" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_model_condition_selects_the_hand_computed_members(string condition, string members)
    {
        var definition = SegmentDefinition.FromJson($$"""{"groups":[{"anyOf":[{{condition}}]}]}""");
        Assert.Equal(members, string.Join(',', World.Members(definition)));
    }

    [Fact]
    public void Model_and_other_conditions_combine()
    {
        // region South (3, 4, 6) and P(alive) >= 0.5 (1, 2, 4, 6)
        var definition = SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]), new SegmentCondition("p_alive", "between", Min: 0.5m));
        Assert.Equal([4, 6], World.Members(definition));
    }

    [Fact]
    public void Preview_shows_the_mean_clv_of_the_members_with_one()
    {
        var everyone = World.Query.Preview(SegmentDefinition.Everyone, CancellationToken.None);
        Assert.Equal(775.50 / 7, everyone.MeanClvAmount!.Value, 9);
        Assert.Equal(7, everyone.MembersWithClv);
        Assert.Equal("110.79 (7 with a CLV)", everyone.MeanClvText);
        var south = World.Query.Preview(SegmentsWorld.All(new SegmentCondition("region", "in", ["South"])), CancellationToken.None);
        Assert.Equal((35.00, 3L), (Math.Round(south.MeanClvAmount!.Value, 9), south.MembersWithClv));
        var east = World.Query.Preview(SegmentsWorld.All(new SegmentCondition("region", "in", ["East"])), CancellationToken.None);
        Assert.Equal((null, 0L, "–"), (east.MeanClvAmount, east.MembersWithClv, east.MeanClvText));
    }

    [Fact]
    public void Model_ranges_have_floors_and_caps_and_offers_need_known_categories()
    {
        var problems = Assert.Throws<SegmentDefinitionException>(() => World.Query.Compile(SegmentsWorld.All(
            new SegmentCondition("p_alive", "between", Min: 1.5m), new SegmentCondition("clv", "between", Min: -1),
            new SegmentCondition("expected_purchases", "between", Max: 0.125m), new SegmentCondition("next_best_offer", "top_in", ["Toys"]),
            new SegmentCondition("overdue", "own_rhythm", ["Books"])))).Problems;
        Assert.Contains("Condition 1 (P(alive) (0-1)): the minimum must be 0 to 1; 1.5 was given.", problems);
        Assert.Contains(problems, p => p.StartsWith("Condition 2 (CLV", StringComparison.Ordinal) && p.Contains("-1 was given", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Condition 3", StringComparison.Ordinal) && p.Contains("at most 2 decimals", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Condition 4", StringComparison.Ordinal) && p.Contains("'Toys' is not a value the warehouse knows", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Condition 5", StringComparison.Ordinal) && p.Contains("takes no values", StringComparison.Ordinal));
    }

    [Fact]
    public void The_compiled_model_conditions_hold_values_only_as_parameters()
    {
        var compiled = World.Query.Compile(SegmentsWorld.All(new SegmentCondition("clv", "between", Min: 123.45m),
            new SegmentCondition("next_best_offer", "top3_in", ["Games"])));
        Assert.Equal(["clv", null, 123.45, null, null, null, "next_best_offer", new List<string> { "Games" }, null, null, null, true], compiled.Values.ToArray());
        Assert.DoesNotContain("Games", SegmentSlots.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("123", SegmentSlots.Sql, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Untrusted => new()
    {
        // what the fit row says, and what a P(alive) / CLV / offer condition is told
        { "delete from mart_customer_score_fit", "p_alive:the model scores are not computed yet" },
        { "update mart_customer_score_fit set as_of_date = null", "clv:the warehouse holds no completed purchase" },
        { "update mart_customer_score_fit set is_trusted = false, bg_nbd_diagnosis = 'too few repeat buyers'",
            "p_alive:the purchase model (BG/NBD) fitted after the latest load is not trusted, so there is no P(alive) (0-1) to select on: too few repeat buyers" },
        { "update mart_customer_score_fit set is_spend_trusted = false, gamma_gamma_diagnosis = 'spend and frequency correlate'",
            "clv:the spend model (Gamma-Gamma) fitted after the latest load is not trusted, so there is no CLV to select on: spend and frequency correlate" },
        { "update mart_customer_score_fit set offers_problem = 'The offers were not computed after this load: busy.'",
            "next_best_offer:The offers were not computed after this load: busy." },
        // a fit from before migration 0048 (an upgraded warehouse) did not write the categories customers are overdue in
        { "update mart_customer_score_fit set category_overdue_run_id = null", "overdue:" + SegmentModelState.CategoryOverdueNotWritten },
    };

    [Theory]
    [MemberData(nameof(Untrusted))]
    public void A_model_condition_on_figures_not_computed_or_not_trusted_is_refused_with_the_reason(string fitChange, string expected)
    {
        using var world = new SegmentsWorld();
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection()) connection.ExecuteNonQuery(fitChange);
        var (field, message) = (expected[..expected.IndexOf(':', StringComparison.Ordinal)], expected[(expected.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var condition = field switch
        {
            "next_best_offer" => new SegmentCondition(field, "top_in", ["Games"]),
            "overdue" => new SegmentCondition(field, "in_category", ["Books"]),
            _ => new SegmentCondition(field, "between", Min: 0.1m),
        };
        var problems = Assert.Throws<SegmentDefinitionException>(() => world.Query.Preview(SegmentsWorld.All(condition), CancellationToken.None)).Problems;
        Assert.Contains(problems, p => p.StartsWith("Condition 1 (", StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal));
        // the preview without the condition still answers; the mean CLV is left out unless both models are trusted
        var preview = world.Query.Preview(SegmentDefinition.Everyone, CancellationToken.None);
        Assert.Equal(8, preview.Members);
        Assert.Equal(world.Query.ModelState().HasClv, preview.MeanClvAmount is not null);
    }

    [Fact]
    public void Overdue_needs_only_a_computed_fit_and_conditions_of_other_fields_ignore_the_model_state()
    {
        using var world = new SegmentsWorld();
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update mart_customer_score_fit set is_trusted = false, is_spend_trusted = false");
        Assert.Equal([2], world.Members(SegmentsWorld.All(new SegmentCondition("overdue", "own_rhythm"))));
        Assert.Equal([3, 4, 6], world.Members(SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]))));
    }

    [Fact]
    public void Overdue_in_a_category_is_refused_until_a_fit_has_written_it_and_own_rhythm_is_not()
    {
        using var world = new SegmentsWorld();
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update mart_customer_score_fit set category_overdue_run_id = null");
        var problems = Assert.Throws<SegmentDefinitionException>(() => world.Members(SegmentsWorld.All(new SegmentCondition("overdue", "in_category", ["Books"])))).Problems;
        Assert.Equal(["Condition 1 (Overdue): " + SegmentModelState.CategoryOverdueNotWritten], problems);
        Assert.Equal([2], world.Members(SegmentsWorld.All(new SegmentCondition("overdue", "own_rhythm"))));

        // once a fit has recorded its run, the same condition selects the hand-made members (5 overdue in Books, 7 in Books and Games)
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update mart_customer_score_fit set category_overdue_run_id = run_id");
        Assert.Equal([5, 7], world.Members(SegmentsWorld.All(new SegmentCondition("overdue", "in_category", ["Books"]))));
    }
}
