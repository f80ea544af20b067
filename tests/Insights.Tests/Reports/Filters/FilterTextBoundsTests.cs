using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Insights.Reports.Filters;
using Insights.Reports.Pages.CrossSell.Sequences;

namespace Insights.Tests.Reports.Filters;

/// <summary>
/// Every text a visitor can type into a report filter has a bound: a fixed list (<see cref="OneOfAttribute"/>) or a length
/// (<see cref="StringLengthAttribute"/>, <see cref="FilterTextAttribute"/>), so no request carries a 100,000-character value into
/// a cache key or a statement.
/// </summary>
public sealed class FilterTextBoundsTests
{
    [Fact]
    public void Every_text_field_of_every_report_filter_is_bounded()
    {
        var filters = typeof(FilterProblems).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true } && t.Name.EndsWith("Filter", StringComparison.Ordinal))
            .ToList();
        var unbounded = filters
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
            .Where(p => p.GetCustomAttribute<StringLengthAttribute>() is null && p.GetCustomAttribute<OneOfAttribute>() is null)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            // the complaint-text search has its own caps (200 characters, 10 words; TextsPageTests' refusals)
            .Where(name => name != "TextsFilter.Q")
            .Distinct()
            .ToList();

        Assert.True(filters.Count >= 10, $"found only {filters.Count} filter types; the test looks in the wrong place");
        Assert.Empty(unbounded);
    }

    [Fact]
    public void A_too_long_item_is_refused_with_a_message_naming_the_field()
    {
        var filter = new SequencesFilter { Item = new string('x', FilterTextAttribute.Limit + 1) };

        Assert.Equal(["Item is at most 200 characters."], FilterProblems.Of(filter));
        Assert.Empty(FilterProblems.Of(new SequencesFilter { Item = new string('x', FilterTextAttribute.Limit) }));
    }
}
