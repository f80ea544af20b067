using Insights.Reports.Pages.Segments;

namespace Insights.Bench.Segments;

/// <summary>
/// The bench's segments: six conditions each, mixing every kind the compiler writes (choices, ranges, order channels, category
/// semi-joins within N days, complaints against the SLA, last contact, self-service, and the model figures: CLV, P(alive),
/// expected purchases, overdue, next-best offer), with values taken from the warehouse.
/// </summary>
static class SegmentsBenchSet
{
    public static IReadOnlyList<(string Name, SegmentDefinition Definition)> Create(SegmentChoices choices)
    {
        // the skip-th value of a list, counted round (a small warehouse has few); "none" when it holds none
        string First(string list, int skip = 0) => choices.Of(list) is { Count: > 0 } values ? values[skip % values.Count] : "none";
        SegmentCondition In(string field, params string[] values) => new(field, "in", values);
        // RFM segments the bench asks for, as far as the warehouse holds them (a small warehouse may have none of them: then its first)
        SegmentCondition Segments(params string[] wanted) =>
            In("segment", wanted.Intersect(choices.Of("segments")).DefaultIfEmpty(First("segments")).ToArray());
        ConditionGroup One(SegmentCondition c) => new([c]);
        ConditionGroup Any(params SegmentCondition[] c) => new(c);
        var category = First("categories");
        var category2 = First("categories", 1);
        return
        [
            ("win-back", new([
                One(Segments("At Risk", "Can't Lose Them", "Hibernating")), One(In("region", First("regions"), First("regions", 1))),
                One(new("category", "ever", [category])), One(new("orders", "between", Min: 2)),
                One(new("complaints", "none", null)), One(new("last_contact", "not_within", Days: 60)) ])),
            ("loyal full price", new([
                One(In("price_class", "Brand loyal")), One(new("f_score", "between", Min: 4, Max: 5)), One(new("m_score", "between", Min: 3)),
                One(new("order_channel", "any_of", [First("order_channels")])), One(new("category", "within", [category2], Days: 90)),
                One(new("returns", "between", Max: 1)) ])),
            ("slow complaints", new([
                One(new("complaints", "resolved_slowly", null)), One(new("net_spend", "between", Min: 100)),
                One(In("signup_channel", First("signup_channels"))), One(new("self_service", "ever", null)),
                One(new("r_score", "between", Min: 2)), One(new("category", "never", [First("categories", 2)])) ])),
            ("either or", new([
                Any(Segments("Champions"), new("orders", "between", Min: 5)), One(new("category", "within", [category, category2], Days: 365)),
                One(new("last_contact", "within", Days: 180)), Any(new("complaints", "open", null), new("self_service", "within", Days: 30)),
                One(new("order_channel", "none_of", [First("order_channels", 1)])) ])),
            ("new customers", new([
                One(Segments("New", "Promising")), One(new("orders", "between", Max: 1)), One(new("category", "within", [category], Days: 30)),
                One(new("self_service", "not_within", Days: 30)), One(new("complaints", "none", null)), One(new("net_spend", "between", Min: 10, Max: 10000)) ])),
            ("big spenders", new([
                One(new("m_score", "between", Min: 5, Max: 5)), One(new("net_spend", "between", Min: 1000)), One(new("returns", "between", Min: 1)),
                One(new("complaints", "any", null)), One(new("last_contact", "within", Days: 365)), One(new("category", "not_within", [category], Days: 60)) ])),
            // the model conditions (the after-load scores and offers): CLV, P(alive), expected purchases, overdue, next-best offer
            ("model figures", new([
                One(new("clv", "between", Min: 100)), One(new("p_alive", "between", Min: 0.5m, Max: 1)),
                One(new("expected_purchases", "between", Min: 0.1m)), One(new("next_best_offer", "top3_in", [category, category2])),
                One(In("region", First("regions"), First("regions", 1))), One(new("orders", "between", Min: 2)) ])),
            ("overdue regulars", new([
                One(new("overdue", "own_rhythm", null)), One(new("clv", "between", Min: 20)), One(new("f_score", "between", Min: 3, Max: 5)),
                One(new("next_best_offer", "top_in", [category, category2])), One(new("last_contact", "not_within", Days: 30)),
                One(new("complaints", "none", null)) ])),
            // overdue in a category (migration 0042: the scores step's per-category rule, copied into the segment mart)
            ("category win-back", new([
                One(new("overdue", "in_category", [category, category2])), One(new("category", "ever", [category])),
                One(new("orders", "between", Min: 2)), One(new("p_alive", "between", Min: 0.3m)),
                One(In("region", First("regions"), First("regions", 1))), One(new("last_contact", "not_within", Days: 30)) ])),
        ];
    }
}
