using Insights.Reports.Pages.Segments;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>Every condition kind against the segments world (TestData/segments/README.md has the members worked out by hand).</summary>
public sealed class SegmentConditionTests(SegmentsWorldFixture fixture) : IClassFixture<SegmentsWorldFixture>
{
    SegmentsWorld World => fixture.World;

    public static TheoryData<string, string> Cases => new()
    {
        { """{"field":"segment","op":"in","values":["Lost"]}""", "3,5" },
        { """{"field":"segment","op":"not_in","values":["Lost"]}""", "1,2,4,6,7,8" },
        { """{"field":"r_score","op":"between","min":4,"max":5}""", "1,6" },
        { """{"field":"f_score","op":"between","min":3}""", "1,2,7" },
        { """{"field":"m_score","op":"between","max":1}""", "5,6" },
        { """{"field":"price_class","op":"in","values":["Brand loyal"]}""", "1,7" },
        { """{"field":"region","op":"in","values":["South"]}""", "3,4,6" },
        { """{"field":"signup_channel","op":"in","values":["store"]}""", "3,5" },
        { """{"field":"region","op":"not_in","values":["South"]}""", "1,2,5,7,8" },
        { """{"field":"signup_channel","op":"not_in","values":["store"]}""", "1,2,4,6,7,8" },
        { """{"field":"price_class","op":"not_in","values":["Brand loyal"]}""", "2,3,4,5,6,8" },
        { """{"field":"order_channel","op":"any_of","values":["store"]}""", "1,3,5" },
        { """{"field":"order_channel","op":"none_of","values":["web"]}""", "3,5,8" },
        { """{"field":"category","op":"ever","values":["Games"]}""", "1,3,4,7" },
        { """{"field":"category","op":"never","values":["Games"]}""", "2,5,6,8" },
        { """{"field":"category","op":"within","values":["Books"],"days":30}""", "1,2,6" },
        { """{"field":"category","op":"not_within","values":["Books"],"days":30}""", "3,4,5,7,8" },
        { """{"field":"orders","op":"between","min":2,"max":3}""", "1,2,5,7" },
        { """{"field":"orders","op":"between","max":0}""", "8" },
        { """{"field":"net_spend","op":"between","min":100}""", "1,2,3,7" },
        { """{"field":"complaints","op":"any"}""", "1,2,3,4" },
        { """{"field":"complaints","op":"none"}""", "5,6,7,8" },
        { """{"field":"complaints","op":"open"}""", "1,3" },
        { """{"field":"complaints","op":"unresolved"}""", "1,3,4" },
        { """{"field":"complaints","op":"resolved_slowly"}""", "2" },
        { """{"field":"returns","op":"between","min":1}""", "3,5" },
        { """{"field":"last_contact","op":"within","days":30}""", "1,8" },
        { """{"field":"last_contact","op":"within","days":30,"values":["phone"]}""", "1" },
        { """{"field":"last_contact","op":"not_within","days":30}""", "2,3,4,5,6,7" },
        { """{"field":"self_service","op":"ever"}""", "2,8" },
        { """{"field":"self_service","op":"never"}""", "1,3,4,5,6,7" },
        { """{"field":"self_service","op":"within","days":7}""", "8" },
        { """{"field":"self_service","op":"not_within","days":7}""", "1,2,3,4,5,6,7" },
        // overdue in a category: the scores step's mart_customer_category_overdue, copied into the segment mart (README "Model figures")
        { """{"field":"overdue","op":"in_category","values":["Games"]}""", "7" },
        { """{"field":"overdue","op":"in_category","values":["Books","Games"]}""", "5,7" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_condition_selects_the_hand_computed_members(string condition, string members)
    {
        var definition = SegmentDefinition.FromJson($$"""{"groups":[{"anyOf":[{{condition}}]}]}""");
        Assert.Equal(members, string.Join(',', World.Members(definition)));
    }

    [Fact]
    public void Groups_are_and_ed_and_conditions_within_a_group_are_or_ed()
    {
        var definition = SegmentDefinition.FromJson("""
            {"groups":[
              {"anyOf":[{"field":"region","op":"in","values":["South"]},{"field":"segment","op":"in","values":["Champions"]}]},
              {"anyOf":[{"field":"complaints","op":"any"}]}
            ]}
            """);
        Assert.Equal([1, 3, 4], World.Members(definition));
    }

    [Fact]
    public void Every_kind_of_condition_in_several_groups_gives_the_hand_computed_members()
    {
        // every kind of the segment statement (choice, range, listed, since; "category within" twice, in two slots with their
        // own bits, each deciding a customer: 6 is in only by "Books within 30 days", 1 out only by "Books not within"; "resolved
        // slowly"; the model figures), every one of the 20 slots in 7 groups. Members per condition: TestData/segments/README.md
        static ConditionGroup AnyOf(params SegmentCondition[] conditions) => new(conditions);
        var definition = new SegmentDefinition([
            // {3, 4, 6} | {1} | {2, 5, 6} = {1, 2, 3, 4, 5, 6}
            AnyOf(new("region", "in", ["South"]), new("segment", "in", ["Champions"]), new("next_best_offer", "top_in", ["Games"])),
            // {2} | {1, 2, 6} | {1} | {3, 5} = {1, 2, 3, 5, 6}
            AnyOf(new("complaints", "resolved_slowly"), new("category", "within", ["Books"], Days: 30),
                new("last_contact", "within", ["phone"], Days: 30), new("returns", "between", Min: 1)),
            // {1, 3, 4, 5, 6, 7} | {2} = {1, ..., 7}
            AnyOf(new("self_service", "never"), new("overdue", "own_rhythm")),
            // {1, 3, 5} | {7} | {1, 2} | {1, 2, 4, 6} = {1, ..., 7}
            AnyOf(new("order_channel", "any_of", ["store"]), new("overdue", "in_category", ["Games"]), new("clv", "between", Min: 100),
                new("p_alive", "between", Min: 0.5m)),
            // {2, 5, 6, 8} | {1, 2, 3, 7} = {1, 2, 3, 5, 6, 7, 8}
            AnyOf(new("category", "never", ["Games"]), new("net_spend", "between", Min: 100)),
            // {5, 6, 7, 8} | {1, 3} = {1, 3, 5, 6, 7, 8}
            AnyOf(new("complaints", "none"), new("complaints", "open")),
            // {3, 4, 5, 7, 8} | {8} | {3, 4, 6} (price class) = {3, 4, 5, 6, 7, 8}
            AnyOf(new("category", "not_within", ["Books"], Days: 30), new("self_service", "within", Days: 7), new("price_class", "in", ["Single purchase"])),
        ]);
        // {1..6} & {1, 2, 3, 5, 6} & {1..7} & {1..7} & {1, 2, 3, 5, 6, 7, 8} & {1, 3, 5, 6, 7, 8} & {3, 4, 5, 6, 7, 8} = {3, 5, 6}
        Assert.Equal(SegmentSlots.Count, definition.Conditions.Count());
        Assert.Equal([3, 5, 6], World.Members(definition));
        var preview = World.Query.Preview(definition, CancellationToken.None);
        Assert.Equal((3L, 590.00m), (preview.Members, preview.NetAmount));   // 500 + 50 + 40
    }

    public static TheoryData<int> Slots => [.. Enumerable.Range(1, SegmentSlots.Count)];

    [Theory]
    [MemberData(nameof(Slots))]
    public void Each_of_the_statements_slots_takes_its_condition(int slot)
    {
        // every slot used: the one in slot n selects South (3, 4, 6), the others hold for everyone (net spend at least 0)
        var conditions = Enumerable.Range(1, SegmentSlots.Count).Select(n => n == slot
            ? new SegmentCondition("region", "in", ["South"]) : new SegmentCondition("net_spend", "between", Min: 0)).ToArray();
        Assert.Equal([3, 4, 6], World.Members(SegmentsWorld.All(conditions)));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], World.Members(new SegmentDefinition([new ConditionGroup(conditions)])));
    }

    [Fact]
    public void Overdue_in_a_category_and_in_the_own_rhythm_are_separate_conditions()
    {
        // Books: 5, 7; own rhythm: 2 (README "Model figures"); both: nobody; either: 2, 5, 7
        Assert.Empty(World.Members(SegmentsWorld.All(new SegmentCondition("overdue", "in_category", ["Books"]), new SegmentCondition("overdue", "own_rhythm"))));
        Assert.Equal([2, 5, 7], World.Members(new SegmentDefinition([new ConditionGroup(
            [new SegmentCondition("overdue", "in_category", ["Books"]), new SegmentCondition("overdue", "own_rhythm")])])));
        var problems = Assert.Throws<SegmentDefinitionException>(() => World.Query.Compile(SegmentsWorld.All(
            new SegmentCondition("overdue", "in_category", ["Toys"]), new SegmentCondition("overdue", "in_category")))).Problems;
        Assert.Contains(problems, p => p.StartsWith("Condition 1 (Overdue)", StringComparison.Ordinal) && p.Contains("'Toys' is not a value the warehouse knows", StringComparison.Ordinal));
        Assert.Contains("Condition 2 (Overdue): choose at least one value.", problems);
    }

    [Fact]
    public void No_condition_is_everyone()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], World.Members(SegmentDefinition.Everyone));
        var preview = World.Query.Preview(SegmentDefinition.Everyone, CancellationToken.None);
        Assert.Equal((8L, 8L, 1070.00m), (preview.Members, preview.Customers, preview.NetAmount));
    }

    [Fact]
    public void Preview_counts_share_revenue_and_composition_by_hand()
    {
        var preview = World.Query.Preview(SegmentsWorld.All(new SegmentCondition("region", "in", ["South"])), CancellationToken.None);
        Assert.Equal((3L, 8L, 600.00m), (preview.Members, preview.Customers, preview.NetAmount));
        Assert.Equal(0.375, preview.Share);
        // largest first, ties by name
        Assert.Equal([("Hibernating", 1L, 60.00m), ("Lost", 1L, 500.00m), ("Potential Loyalist", 1L, 40.00m)],
            preview.BySegment.Select(r => (r.Label, r.Members, r.NetAmount)).ToArray());
        Assert.Equal([("South", 3L, 600.00m)], preview.ByRegion.Select(r => (r.Label, r.Members, r.NetAmount)).ToArray());
    }

    [Fact]
    public void A_customer_without_orders_shows_as_no_completed_order_in_the_composition()
    {
        var preview = World.Query.Preview(SegmentsWorld.All(new SegmentCondition("region", "in", ["East"])), CancellationToken.None);
        Assert.Equal([("No completed order", 1L, 0.00m)], preview.BySegment.Select(r => (r.Label, r.Members, r.NetAmount)).ToArray());
    }
}

/// <summary>One segments world for a test class (its tests only read).</summary>
public sealed class SegmentsWorldFixture : IDisposable
{
    public SegmentsWorld World { get; } = new();

    public void Dispose() => World.Dispose();
}
