using Insights.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>The compiler: refusals with clear messages, and values that only ever reach SQL as parameters.</summary>
public sealed class SegmentCompilerTests(SegmentsWorldFixture fixture) : IClassFixture<SegmentsWorldFixture>
{
    static readonly DateOnly Today = SegmentsWorld.Today;
    static readonly Dictionary<string, double> Sla = new() { ["low"] = 240, ["medium"] = 120, ["high"] = 48, ["critical"] = 24 };

    static IReadOnlyList<string> Problems(params SegmentCondition[] conditions) =>
        Assert.Throws<SegmentDefinitionException>(() => SegmentCompiler.Compile(SegmentsWorld.All(conditions), Today, Sla)).Problems;

    [Theory]
    [InlineData("country", "in", "there is no field 'country'")]
    [InlineData("region", "like", "'like' is not an operator of this field")]
    [InlineData("region", "in", "choose at least one value")]
    [InlineData("next_best_offer", "in", "'in' is not an operator of this field; choose top_in, top3_in")]
    public void Unknown_fields_and_operators_and_missing_values_are_refused(string field, string op, string message) =>
        Assert.Contains(Problems(new SegmentCondition(field, op, Values: field == "next_best_offer" ? ["Books"] : null)),
            p => p.Contains(message, StringComparison.Ordinal) && p.StartsWith("Condition 1", StringComparison.Ordinal));

    [Fact]
    public void Ranges_have_floors_caps_whole_numbers_and_order()
    {
        Assert.Contains(Problems(new SegmentCondition("r_score", "between", Min: 0)), p => p.Contains("the minimum must be 1 to 5; 0 was given", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("orders", "between", Min: 1.5m)), p => p.Contains("must be a whole number", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("net_spend", "between", Min: 1.234m)), p => p.Contains("at most 2 decimals", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("orders", "between", Min: 5, Max: 2)), p => p.Contains("the minimum 5 is above the maximum 2", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("orders", "between")), p => p.Contains("give a minimum, a maximum or both", StringComparison.Ordinal));
    }

    [Fact]
    public void Days_have_a_floor_and_a_cap()
    {
        Assert.Contains(Problems(new SegmentCondition("self_service", "within", Days: 0)), p => p.Contains("must be 1 to 3650; 0 was given", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("self_service", "within", Days: 4000)), p => p.Contains("4000 was given", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("self_service", "within")), p => p.Contains("give the number of days", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("self_service", "ever", Days: 3)), p => p.Contains("takes no number of days", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_values_or_conditions_and_overlong_values_are_refused()
    {
        Assert.Contains(Problems(new SegmentCondition("region", "in", [.. Enumerable.Range(0, 51).Select(i => "r" + i)])), p => p.Contains("at most 50 values", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("region", "in", [new string('x', 101)])), p => p.Contains("longer than 100", StringComparison.Ordinal));
        Assert.Contains(Problems(new SegmentCondition("category", "ever", ["Books\u001fGames"])), p => p.Contains("control character", StringComparison.Ordinal));
        Assert.Contains(Problems([.. Enumerable.Range(0, 21).Select(_ => new SegmentCondition("complaints", "any"))]), p => p.Contains("at most 20 conditions", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_the_warehouse_does_not_know_are_refused_by_the_query_naming_the_known_ones()
    {
        var problems = Assert.Throws<SegmentDefinitionException>(() =>
            fixture.World.Query.Compile(SegmentsWorld.All(new SegmentCondition("region", "in", ["Mars"])))).Problems;
        Assert.Contains(problems, p => p.Contains("'Mars' is not a value the warehouse knows; choose from East, North, South", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_reason()
    {
        Assert.Contains("not valid JSON", Assert.Throws<SegmentDefinitionException>(() => SegmentDefinition.FromJson("{\"groups\": [")).Message);
        Assert.Contains("no \"groups\"", Assert.Throws<SegmentDefinitionException>(() => SegmentDefinition.FromJson("{}")).Message);
    }

    [Fact]
    public void A_value_with_quotes_and_sql_never_reaches_the_sql_text_and_matches_nobody()
    {
        const string attack = "South') or 1=1; drop table app_segment; --";
        var definition = SegmentsWorld.All(new SegmentCondition("region", "in", [attack]), new SegmentCondition("category", "ever", ["x' or 'a'='a"]));
        var compiled = SegmentCompiler.Compile(definition, Today, Sla);
        Assert.Equal(SqlResource.Load(typeof(SegmentSlots), "members.sql"), SegmentSlots.Sql);
        Assert.DoesNotContain("drop", SegmentSlots.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'a'", SegmentSlots.Sql, StringComparison.Ordinal);
        Assert.Equal([attack], compiled.Conditions[0].Values);
        Assert.Contains(("values_1", (object?)attack), SegmentSlots.Parameters(compiled));
        // run as it is (the choices check would refuse it earlier): the value is data, it matches no region, and the table stays
        using var connection = fixture.World.Host.Get<Insights.Warehouse.DuckDbWarehouse>().OpenConnection();
        SegmentQuery.SelectMembers(connection, compiled, CancellationToken.None);
        Assert.Equal(0L, Convert.ToInt64(connection.CreateCommand("select count(*) from segment_members").ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, fixture.World.Host.Scalar<long>("select count(*) from app_segment"));
    }

    [Fact]
    public void Every_value_is_its_own_parameter_of_its_slot_and_unused_slots_hold_nothing()
    {
        var definition = new SegmentDefinition([
            new ConditionGroup([new SegmentCondition("segment", "in", ["Lost", "At Risk"]), new SegmentCondition("net_spend", "between", Min: 10.5m)]),
            new ConditionGroup([new SegmentCondition("last_contact", "within", ["phone"], Days: 30)]),
            new ConditionGroup([new SegmentCondition("complaints", "resolved_slowly")])]);
        var parameters = SegmentSlots.Parameters(SegmentCompiler.Compile(definition, Today, Sla)).ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(2 + 4 + SegmentSlots.Count * 8, parameters.Count);   // all_groups, uses_resolved_slowly, the SLA targets, 8 per slot
        Assert.Equal(0b111, parameters["all_groups"]);
        Assert.Equal(true, parameters["uses_resolved_slowly"]);
        Assert.Equal([240.0, 120.0, 48.0, 24.0], SegmentCompiler.Severities.Select(s => parameters["sla_hours_" + s]));
        object?[] Slot(int n) => [.. new[] { "kind", "field", "values", "low", "high", "since", "is_in", "group_bit" }.Select(p => parameters[$"{p}_{n}"])];
        Assert.Equal(["choice", "segment", "Lost\u001fAt Risk", null, null, null, true, 1], Slot(1));
        Assert.Equal(["range", "net_spend", null, 10.5, null, null, null, 1], Slot(2));
        Assert.Equal(["since", "last_contact", "phone", null, null, new DateTime(2024, 6, 1), true, 2], Slot(3));
        Assert.Equal(["range", "resolved_slowly", null, 1.0, null, null, null, 4], Slot(4));
        Assert.All(Enumerable.Range(5, SegmentSlots.Count - 4), n => Assert.Equal([null, null, null, null, null, null, null, 0], Slot(n)));
        // the statement is the embedded file as it is: nothing of the definition is spliced in
        foreach (var value in new[] { "Lost", "At Risk", "phone", "10.5" })
            Assert.DoesNotContain(value, SegmentSlots.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_needing_more_slots_than_the_statement_has_is_refused_with_the_reason()
    {
        var compiled = new CompiledSegment(1, [.. Enumerable.Range(0, SegmentSlots.Count + 1).Select(_ => new CompiledCondition(1, "range", "orders", Low: 1))], [null, null, null, null]);
        var refused = Assert.Throws<SegmentDefinitionException>(() => SegmentSlots.Parameters(compiled));
        Assert.Equal($"A segment has at most {SegmentSlots.Count} conditions (the slots of the segment statement); this one has {SegmentSlots.Count + 1}.", Assert.Single(refused.Problems));
    }
}
