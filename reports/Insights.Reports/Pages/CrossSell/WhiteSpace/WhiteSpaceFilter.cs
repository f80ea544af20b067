using Insights.Reports.Filters;

namespace Insights.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>Filter of the white-space matrix: the period only (the segments are its rows).</summary>
public sealed record WhiteSpaceFilter : PeriodFilter;
