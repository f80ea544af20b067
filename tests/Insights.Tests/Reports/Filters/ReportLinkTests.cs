using Insights.Reports.Filters;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Filters;

/// <summary>The one link builder of the report pages: a filter record (and overrides) as a query string.</summary>
public sealed class ReportLinkTests
{
    [Fact]
    public void A_record_gives_its_settable_values_in_camel_case_invariant_and_leaves_out_the_empty_ones()
    {
        var link = ReportLink.To("/intervals", new IntervalsFilter { CalibrationEnd = new DateOnly(1997, 9, 30), DiscountRate = 0.015 });

        Assert.Equal("/intervals?calibrationEnd=1997-09-30&unit=days&clvMonths=12&discountRate=0.015&margin=1&overdueFactor=2"
            + "&sort=clv&section=models&limit=50", link);
    }

    [Fact]
    public void An_override_replaces_a_value_in_place_and_a_null_override_removes_it()
    {
        var filter = new LoyaltyFilter { Region = "North & South" };

        Assert.Equal("/loyalty?view=cohorts&period=quarter&region=North%20%26%20South&handler=Csv",
            ReportLink.To("/loyalty", filter, new { view = "cohorts", handler = "Csv" }));
        Assert.Equal("/loyalty?view=rfm&period=quarter", ReportLink.To("/loyalty", filter, new { region = (string?)null }));
    }

    [Fact]
    public void A_derived_filter_gives_its_base_values_first_and_no_computed_property()
    {
        var link = ReportLink.To("/cross-sell/rules", new RulesFilter { Level = "category", Ascending = true });

        Assert.StartsWith("/cross-sell/rules?level=category&minSupport=0.01&", link);
        Assert.Contains("&ascending=true&", link);
        Assert.DoesNotContain("isCategoryLevel", link);
    }

    [Fact]
    public void Filter_problems_are_the_messages_of_the_record_s_rules_the_cli_prints()
    {
        Assert.Empty(FilterProblems.Of(new RulesFilter()));
        Assert.Equal(["Minimum support must be above 0 and at most 1.", "Maximum itemset length must be between 2 and 20."],
            FilterProblems.Of(new RulesFilter { MinSupport = 0, MaxLength = 1 }));
        Assert.Equal(["From (2024-02-01) must be on or before To (2024-01-01)."],
            FilterProblems.Of(new RulesFilter { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 1, 1) }));
    }
}
