using Insights.Reports.Pages.Service.Texts;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>The characteristic terms of the texts world (TestData/service/texts/README.md, "Characteristic terms").</summary>
public sealed class ComplaintTermsQueryTests : IDisposable
{
    readonly ServiceWorld _world = new("texts");

    public ComplaintTermsQueryTests() => TextsWorld.Index(_world.Host.Get<DuckDbWarehouse>());

    IReadOnlyList<CategoryTerm> Terms(int minCount = 2, string? category = null) =>
        _world.Host.Get<ComplaintTermsQuery>().Run(new TextsFilter { MinCount = minCount, Category = category });

    [Fact]
    public void Lists_each_categorys_words_and_phrases_by_lift_with_the_readme_counts()
    {
        var rows = Terms().Select(t => (t.Category, t.Kind, t.Rank, t.Term, t.TermComplaints, t.AllTermComplaints, Math.Round(t.Lift, 4))).ToList();
        Assert.Equal(
        [
            ("billing", "word", 1, "charged", 2L, 2L, 5.0), ("billing", "word", 2, "twice", 2L, 2L, 5.0),
            ("billing", "phrase", 1, "charged twice", 2L, 2L, 5.0),
            ("delivery", "word", 1, "parcel", 4L, 4L, 2.5), ("delivery", "word", 2, "arrived", 3L, 3L, 2.5),
            ("delivery", "word", 3, "late", 3L, 3L, 2.5), ("delivery", "word", 4, "damaged", 2L, 3L, 1.6667),
            ("delivery", "phrase", 1, "arrived late", 3L, 3L, 2.5), ("delivery", "phrase", 2, "parcel arrived", 2L, 2L, 2.5),
            ("product", "word", 1, "mix", 3L, 3L, 2.5), ("product", "word", 2, "brulee", 2L, 2L, 2.5),
            ("product", "word", 3, "creme", 2L, 2L, 2.5), ("product", "word", 4, "stale", 2L, 2L, 2.5),
            ("product", "phrase", 1, "brulee mix", 2L, 2L, 2.5), ("product", "phrase", 2, "creme brulee", 2L, 2L, 2.5),
        ], rows);
        Assert.All(Terms(), t => Assert.Equal(10, t.AllComplaints));
    }

    [Fact]
    public void Stop_words_are_left_out_though_they_would_pass_the_minimum()
    {
        // "the" is in 2 of 4 delivery complaints and "was" in 2 of 4 product ones: both would be listed but for the stop words
        Assert.Equal(2, _world.Host.Scalar<long>(
            "select count(*) from mart_complaint_term t join fct_complaint c using (complaint_id) where term = 'the' and category = 'delivery'"));
        Assert.DoesNotContain(Terms(), t => t.Term is "the" or "was" or "not fresh" or "late and");
    }

    [Fact]
    public void The_minimum_count_keeps_one_odd_word_off_the_list()
    {
        Assert.DoesNotContain(Terms(), t => t.Term == "courier");
        var courier = Terms(minCount: 1, category: "delivery").Single(t => t.Term == "courier");
        Assert.Equal(2.5, courier.Lift, 6);
        Assert.All(Terms(minCount: 1, category: "delivery"), t => Assert.Equal("delivery", t.Category));
    }

    public void Dispose() => _world.Dispose();
}
