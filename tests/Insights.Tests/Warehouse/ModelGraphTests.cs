using System.Text.RegularExpressions;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

/// <summary>The models' declared graph: headers, order, and the refusals (ModelGraph, ModelRunner.Graph).</summary>
public sealed partial class ModelGraphTests
{
    static Model M(string layer, string name, string inputs, string? outputs = null) =>
        Model.Parse(layer, name, $"-- a test model\n-- inputs: {inputs}\n" + (outputs is null ? "" : $"-- outputs: {outputs}\n") + "select 1;");

    [Fact]
    public void A_cycle_is_refused_naming_its_models()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelGraph.Create(
            [M("marts", "mart_a", "mart_b"), M("marts", "mart_b", "mart_c"), M("marts", "mart_c", "mart_a, raw_x"), M("marts", "mart_d", "mart_a")],
            ["raw_x"]));
        Assert.Equal("Models form a cycle: mart_a -> mart_b -> mart_c -> mart_a", error.Message);
    }

    [Fact]
    public void An_input_nothing_provides_is_refused_naming_the_model_and_the_input()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelGraph.Create(
            [M("staging", "stg_x", "raw_x"), M("facts", "fct_x", "stg_x, dim_missing")], ["raw_x"]));
        Assert.Equal("Model fct_x names input dim_missing, which no model builds and no migration creates.", error.Message);
    }

    [Fact]
    public void An_input_from_a_higher_layer_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelGraph.Create(
            [M("dims", "dim_x", "mart_x"), M("marts", "mart_x", "raw_x")], ["raw_x"]));
        Assert.Equal("Model dim_x (dims) reads mart_x from the higher layer marts.", error.Message);
    }

    [Fact]
    public void A_model_without_an_inputs_header_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelGraph.Create([Model.Parse("marts", "mart_x", "select 1;")], []));
        Assert.Contains("mart_x names no inputs", error.Message);
    }

    [Fact]
    public void A_model_comes_after_its_inputs_even_when_its_name_sorts_first()
    {
        var graph = ModelGraph.Create(
            [M("marts", "mart_a", "mart_b, batch_k"), M("marts", "mart_b", "raw_x"), M("batch", "batch_z", "raw_x", outputs: "batch_k")], ["raw_x"]);
        Assert.Equal(["batch_z", "mart_b", "mart_a"], graph.Models.Select(m => m.Name));
        Assert.Equal(["batch_z", "mart_b"], graph.Upstream(["mart_a"]).Order(StringComparer.Ordinal));
        Assert.Equal(["mart_a"], graph.Downstream(["batch_k"]));
    }

    [Fact]
    public void The_real_graph_keeps_the_layer_and_name_order_which_is_valid()
    {
        Assert.Equal(
        [
            "stg_complaints", "stg_contacts", "stg_customer_versions", "stg_order_lines", "stg_orders", "stg_products", "stg_returns",
            "batch_keys", "batch_fact_keys", "batch_mart_keys",
            "dim_channel", "dim_customer", "dim_date", "dim_product",
            "fct_complaint", "fct_contact", "fct_order_line", "fct_return",
            "mart_basket_category", "mart_complaint_signal_word", "mart_complaint_term", "mart_complaint_term_month", "mart_customer_category_order", "mart_customer_complaint", "mart_customer_contact", "mart_customer_order",
            "mart_complaint_detail", "mart_contact_followup", "mart_contact_control", "mart_customer_active_span", "mart_contact_month", "mart_customer_order_line", "mart_customer_order_totals", "mart_customer_purchase_day", "mart_customer_return",
            "mart_customer_profile",
            "mart_customer_rfm", "mart_customer_search", "mart_loyalty_cohort",
            "mart_opportunity_category_customer", "mart_opportunity_category_day", "mart_opportunity_pair_customer", "mart_opportunity_pair", "mart_opportunity_pair_customer_day", "mart_opportunity_pair_day", "mart_opportunity_pair_month",
            "mart_opportunity_rising", "mart_opportunity_signal_order", "mart_opportunity_signal", "mart_opportunity_state", "mart_order_category_mask", "mart_order_day", "mart_order_segment_day", "mart_revenue_by_month", "mart_sale_day", "mart_sale_return", "mart_sale_segment_day", "mart_segment_category", "mart_segment_customer", "mart_sequence_item",
            "mart_customer_item_sequence",
        ], ModelRunner.Models.Select(m => m.Name));
        var position = ModelRunner.Models.Select((m, i) => (m.Name, i)).ToDictionary();
        foreach (var model in ModelRunner.Models)
            foreach (var input in ModelRunner.Graph.Upstream([model.Name]))
                Assert.True(position[input] < position[model.Name], $"{model.Name} builds before its input {input}");
    }

    [Fact]
    public void Every_mart_is_downstream_of_every_source_that_can_change_it()
    {
        // the stale-mart bug: the complaints load must rebuild the RFM mart (its service groups read the complaints)
        Assert.Contains("mart_customer_rfm", ModelRunner.Graph.Downstream(["raw_complaints"]));
        Assert.Contains("mart_customer_rfm", ModelRunner.Graph.Downstream(["raw_returns"]));
        Assert.Contains("mart_loyalty_cohort", ModelRunner.Graph.Downstream(["raw_orders"]));
        // a customer's profile document: every source that changes what their profile shows
        foreach (var source in new[] { "raw_customers", "raw_orders", "raw_order_lines", "raw_returns", "raw_contacts", "raw_complaints" })
            Assert.Contains("mart_customer_profile", ModelRunner.Graph.Downstream([source]));
        Assert.DoesNotContain("stg_orders", ModelRunner.Graph.Downstream(["raw_complaints"]));
    }

    [Fact]
    public void Every_model_names_each_relation_it_reads()
    {
        var known = KnownRelations();
        foreach (var model in ModelRunner.Models)
        {
            var own = Created(model.Sql).Append(model.Name).ToHashSet();       // its own table and scratch need no declaring
            var reads = Reads(model.Sql);
            var read = reads.Where(r => known.Contains(r) && !own.Contains(r));
            Assert.All(read, r => Assert.True(model.Inputs.Contains(r), $"{model.Name} reads {r} but its header does not name it"));
            Assert.All(model.Inputs, i => Assert.True(reads.Contains(i), $"{model.Name} names {i} but never reads it"));
        }
    }

    [Fact]
    public void A_temporary_table_is_a_batch_steps_declared_output_or_one_models_private_scratch()
    {
        foreach (var model in ModelRunner.Models.Where(m => m.Layer == "batch"))
            Assert.Equal(model.Outputs.Order(StringComparer.Ordinal), Created(model.Sql).Order(StringComparer.Ordinal));
        var readers = ModelRunner.Models.Select(m => (m.Name, Sql: m.Sql)).Concat(ModelRunner.Checks).ToList();
        // batch_slices is the runner's own: the slices a script's $slice statements run once for (ModelRunner), which every script
        // using $slice fills itself before them, so none runs on another's slices
        foreach (var model in ModelRunner.Models.Where(m => SqlScript.Statements(m.Sql).Any(st => SqlScript.Uses(st, "slice"))))
        {
            var statements = SqlScript.Statements(model.Sql).ToList();
            var filled = statements.FindIndex(st => Created(st).Contains(SlicesTable));
            Assert.True(filled >= 0 && filled < statements.FindIndex(st => SqlScript.Uses(st, "slice")),
                $"{model.Name} uses $slice without filling {SlicesTable} before");
        }
        foreach (var model in ModelRunner.Models.Where(m => m.Layer != "batch"))
            foreach (var scratch in Created(model.Sql).Where(t => t != SlicesTable))
                Assert.All(readers.Where(r => r.Name != model.Name), reader =>
                    Assert.False(Relations(reader.Sql).Contains(scratch), $"{reader.Name} reads {scratch}, the private scratch of {model.Name}"));
    }

    const string SlicesTable = "batch_slices";

    [Fact]
    public void A_check_reads_only_models_batch_outputs_and_sources()
    {
        var known = KnownRelations();
        var scratch = ModelRunner.Models.Where(m => m.Layer != "batch").SelectMany(m => Created(m.Sql)).ToHashSet();
        foreach (var (name, sql) in ModelRunner.Checks)
        {
            var read = Relations(sql).ToList();
            Assert.NotEmpty(read);
            Assert.All(read, r => Assert.True(known.Contains(r) && !scratch.Contains(r), $"check {name} reads {r}"));
        }
    }

    static HashSet<string> KnownRelations() =>
        ModelRunner.Models.SelectMany(m => m.Outputs.Append(m.Name)).Concat(ModelRunner.Graph.Sources)
            .Concat(ModelRunner.Models.SelectMany(m => Created(m.Sql))).ToHashSet();

    // what a script reads: the relations it names, and those of the shared-rule macros it calls (migration 0014), which a
    // header must name too (the macros read them on the model's behalf)
    static HashSet<string> Reads(string sql)
    {
        var reads = Relations(sql);
        var seen = new HashSet<string>();
        var calls = new Queue<string>(MacroCalls(sql));
        while (calls.TryDequeue(out var macro))
        {
            if (!seen.Add(macro)) continue;
            reads.UnionWith(Relations(Macros.Value[macro]));
            foreach (var inner in MacroCalls(Macros.Value[macro])) calls.Enqueue(inner);
        }
        return reads;
    }

    static IEnumerable<string> MacroCalls(string sql) =>
        Macros.Value.Keys.Where(name => Regex.IsMatch(Code(sql), $@"\b{name}\s*\("));

    // every macro the migrations create, by name: its body up to the next statement that creates one or the end of its
    // migration (a later migration's tables are not the macro's); a macro a later migration restates (create or replace, e.g.
    // loyalty_orders in 0030) has the latest body
    static readonly Lazy<Dictionary<string, string>> Macros = new(() =>
    {
        var assembly = typeof(ModelRunner).Assembly;
        var parts = SqlResource.List(assembly, "Insights.Warehouse.Migrations").Order(StringComparer.Ordinal)
            .SelectMany(r => Regex.Split(Code(SqlResource.Read(assembly, r)), @"(?=create\s+or\s+replace\s+macro\s)")).ToArray();
        return parts.Select(part => Regex.Match(part, @"^create\s+or\s+replace\s+macro\s+(\w+)\s*\(")).Zip(parts)
            .Where(p => p.First.Success).GroupBy(p => p.First.Groups[1].Value).ToDictionary(g => g.Key, g => g.Last().Second);
    });

    // the relation-like names in the code of a script (comments aside)
    static HashSet<string> Relations(string sql) => RelationName().Matches(Code(sql)).Select(m => m.Value).ToHashSet();

    // the temporary tables and views a script creates
    static IEnumerable<string> Created(string sql) => CreatedTemp().Matches(Code(sql)).Select(m => m.Groups["name"].Value);

    static string Code(string sql) => string.Join('\n', sql.Split('\n').Select(line => line.Split("--")[0]));

    [GeneratedRegex(@"\b(?:raw|stg|batch|dim|fct|mart|ref|etl)_\w+\b")]
    private static partial Regex RelationName();

    [GeneratedRegex(@"create\s+or\s+replace\s+temp\s+(?:table|view)\s+(?<name>\w+)")]
    private static partial Regex CreatedTemp();
}
