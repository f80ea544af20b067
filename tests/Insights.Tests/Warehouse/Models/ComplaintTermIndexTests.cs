using Insights.Demo;
using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Models;

/// <summary>
/// The term index (mart_complaint_term) is kept by the loads: after each source's load it holds exactly the words, two- and
/// three-word phrases of every complaint in fct_complaint, as tokenizing all of them afresh gives.
/// </summary>
public sealed class ComplaintTermIndexTests
{
    // the index as a full rebuild would make it, minus what the load left, both ways round: zero rows when they agree
    const string Difference = """
        with fresh as (
            select complaint_id,
                   list_filter(regexp_split_to_array(strip_accents(lower(coalesce(complaint_text, ''))), '[^\p{L}\p{N}]+'), t -> t <> '') as words
            from fct_complaint
        ),
        terms as (
            select distinct complaint_id, term, word_count > 1 as is_phrase, word_count::utinyint as word_count from (
                select complaint_id, unnest(words) as term, 1 as word_count from fresh
                union all
                select complaint_id, unnest(list_transform(range(1, len(words)), i -> words[i] || ' ' || words[i + 1])), 2 from fresh
                union all
                select complaint_id, unnest(list_transform(range(1, len(words) - 1), i -> words[i] || ' ' || words[i + 1] || ' ' || words[i + 2])), 3
                from fresh)
        )
        select count(*) from ((select * from terms except all select * from mart_complaint_term)
                              union all (select * from mart_complaint_term except all select * from terms))
        """;

    [Fact]
    public void After_each_sources_load_the_index_equals_a_fresh_tokenization_of_the_complaints()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);

        foreach (var source in SourceNames.All)
        {
            host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);
            Assert.Equal(0, host.Scalar<long>(Difference));
        }
        Assert.True(host.Scalar<long>("select count(distinct complaint_id) from mart_complaint_term") > 0, "the demo world has complaint texts");

        // a complaint leaves the facts: its terms leave the index when the model runs for it
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
        {
            connection.ExecuteNonQuery("""
                create temp table batch_fact_complaints as select min(complaint_id) as complaint_id from fct_complaint;
                update fct_complaint set complaint_text = 'Crème BRÛLÉE' where complaint_id = (select complaint_id from batch_fact_complaints);
                """);
            connection.ExecuteNonQuery(ModelRunner.Graph["mart_complaint_term"].Sql, ("run_id", 1L), ("full", false));
            Assert.Equal(0, connection.ExecuteScalar<long>(Difference));
            Assert.Equal(3, connection.ExecuteScalar<long>(
                "select count(*) from mart_complaint_term where complaint_id = (select complaint_id from batch_fact_complaints)"));
        }
    }
}
