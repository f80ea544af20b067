using Insights.Reports.Pages.Service.Texts;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>The search over the texts world's term index (TestData/service/texts/README.md, "Search").</summary>
public sealed class TextSearchQueryTests : IDisposable
{
    readonly ServiceWorld _world = new("texts");

    public TextSearchQueryTests() => TextsWorld.Index(_world.Host.Get<DuckDbWarehouse>());

    TextSearchResult Search(string q, string? category = null, DateOnly? to = null, string? region = null) =>
        _world.Host.Get<TextSearchQuery>().Run(new TextsFilter { Q = q, Category = category, To = to, Region = region });

    long[] Ids(string q, string? category = null, DateOnly? to = null, string? region = null) =>
        [.. Search(q, category, to, region).Hits.Select(h => h.ComplaintId)];

    [Theory]
    [InlineData("creme", new long[] { 6, 5 })]
    [InlineData("CRÈME", new long[] { 6, 5 })]
    [InlineData("parcel", new long[] { 4, 3, 2, 1 })]
    [InlineData("parcel late", new long[] { 3, 2, 1 })]
    [InlineData("\"arrived late\"", new long[] { 3, 2, 1 })]
    [InlineData("\"late arrived\"", new long[] { })]
    [InlineData("\"box was damaged\"", new long[] { 7, 1 })]
    [InlineData("\"damaged and the\"", new long[] { 7 })]
    [InlineData("\"CRÈME BRÛLÉE mix\"", new long[] { 6, 5 })]
    [InlineData("\"parcel? It came\"", new long[] { 4 })]
    [InlineData("\"the box was\" parcel", new long[] { 1 })]
    [InlineData("\"the box was damaged\"", new long[] { 1 })]
    [InlineData("\"Crème brûlée mix was\"", new long[] { 5 })]
    [InlineData("\"arrived late and the mix\"", new long[] { })]
    [InlineData("script", new long[] { 8 })]
    [InlineData("nothing-like-this", new long[] { })]
    public void Finds_the_complaints_holding_every_word_and_phrase_newest_first(string q, long[] expected) =>
        Assert.Equal(expected, Ids(q));

    [Fact]
    public void Category_period_and_region_narrow_the_search()
    {
        Assert.Equal([7], Ids("damaged", category: "product"));
        Assert.Equal([2, 1], Ids("parcel", to: new DateOnly(2024, 3, 2)));
        Assert.Equal([3, 1], Ids("parcel", region: "North"));
    }

    [Fact]
    public void Highlights_the_matched_word_as_written_accent_and_case_kept()
    {
        var hit = Search("creme").Hits.Single(h => h.ComplaintId == 5);
        Assert.Equal([new TextRun("The ", false), new TextRun("Crème", true), new TextRun(" brûlée mix was stale.", false)], hit.Runs);
        var phrase = Search("\"arrived late\"").Hits.Single(h => h.ComplaintId == 1);
        Assert.Equal([new TextRun("The parcel ", false), new TextRun("arrived late", true), new TextRun(" and the box was damaged.", false)], phrase.Runs);
        Assert.Equal(hit.Text, string.Concat(hit.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Caps_the_list_and_still_counts_every_match()
    {
        var result = _world.Host.Get<TextSearchQuery>().Run(new TextsFilter { Q = "parcel" }, limit: 2);
        Assert.Equal([4, 3], result.Hits.Select(h => h.ComplaintId));
        Assert.Equal(4, result.TotalMatches);
        Assert.True(result.IsCapped);
    }

    [Fact]
    public void The_search_reads_the_index_not_the_texts()
    {
        // with the index emptied, a text that holds the word is not found: the search never scans the texts
        using (var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("delete from mart_complaint_term where complaint_id = 4");
        Assert.Equal([3, 2, 1], Ids("parcel"));
    }

    [Fact]
    public void The_index_holds_each_distinct_word_and_phrase_once_per_complaint()
    {
        // complaint 1: 8 distinct words ("the" twice), 8 two-word and 7 three-word phrases
        Assert.Equal(23, _world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 1"));
        Assert.Equal(8, _world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 1 and word_count = 2"));
        Assert.Equal(7, _world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 1 and word_count = 3"));
        Assert.Equal(15, _world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 1 and is_phrase"));
        Assert.Equal(1, _world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 5 and term = 'creme brulee'"));
        Assert.Equal(1, _world.Host.Scalar<long>("select count(*) from mart_complaint_term where complaint_id = 5 and term = 'creme brulee mix'"));
    }

    public void Dispose() => _world.Dispose();
}
