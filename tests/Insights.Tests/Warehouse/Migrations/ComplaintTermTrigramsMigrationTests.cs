using Insights.Reports.Pages.Service.Texts;
using Insights.Tests.Reports.Pages.Service;
using Insights.Tests.Reports.Pages.Service.Texts;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Migrations;

/// <summary>
/// Migration 0068 on a warehouse whose term index was built before it (the texts world, its column dropped and its three-word
/// phrases with it): every row gets its word count, the index is named pending for the next load, and the search finds a
/// three-word phrase as before until that load rebuilds the index.
/// </summary>
public sealed class ComplaintTermTrigramsMigrationTests
{
    [Fact]
    public void Existing_rows_get_their_word_count_and_the_index_waits_for_the_next_load()
    {
        using var world = new ServiceWorld("texts");
        var warehouse = world.Host.Get<DuckDbWarehouse>();
        TextsWorld.Index(warehouse);
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("""
                delete from mart_complaint_term where word_count = 3;
                alter table mart_complaint_term drop column word_count;
                delete from etl_schema_version where name = '0068_complaint_term_trigrams.sql';
                """);

        Assert.Equal(["0068_complaint_term_trigrams.sql"], world.Host.Get<Migrator>().Migrate());

        // complaint 1: 8 words, 8 two-word phrases
        Assert.Equal([(1L, 8L), (2L, 8L)], world.Host.Rows("select word_count, count(*) from mart_complaint_term where complaint_id = 1 group by all order by all")
            .Select(r => ((long)(byte)r[0]!, (long)r[1]!)));
        Assert.Equal(0, world.Host.Scalar<long>("select count(*) from mart_complaint_term where is_phrase <> (word_count > 1)"));
        Assert.Contains("mart_complaint_term", world.Host.Rows("select model from etl_model_pending").Select(r => (string)r[0]!));
        Assert.Equal([7L, 1L], Search(world, "\"box was damaged\""));

        // the next load builds the index whole and clears it from the pending models
        TextsWorld.Index(warehouse);
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("delete from etl_model_pending where model = 'mart_complaint_term'");
        Assert.Equal(7, world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 1 and word_count = 3"));
        using (var connection = warehouse.OpenConnection())
            Assert.Equal(3, TextSearchQuery.LongestTerm(connection));
        Assert.Equal([7L, 1L], Search(world, "\"Box was DAMAGED\""));   // another search than above: not the cached result
    }

    static long[] Search(ServiceWorld world, string q) =>
        [.. world.Host.Get<TextSearchQuery>().Run(new TextsFilter { Q = q }).Hits.Select(h => h.ComplaintId)];
}
