using System.ComponentModel.DataAnnotations;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>Parameters of the next-best offer (GET parameters on the page, options in the CLI; the initialisers are the defaults).</summary>
public sealed record OffersFilter : BasketFilter
{
    /// <summary>Creates the filter at category level.</summary>
    public OffersFilter() => Level = "category";

    /// <summary>Offers per customer.</summary>
    [Range(1, 50, ErrorMessage = "Offers per customer must be between 1 and 50.")]
    public int Top { get; set; } = 3;

    /// <summary>Minimum support of a customer-level pair rule (share of customers buying both).</summary>
    [Range(typeof(decimal), "0", "1", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Minimum support must be between 0 and 1.")]
    public decimal MinSupport { get; set; } = 0.01m;

    /// <summary>Minimum lift of a rule used for a reason (at least 1: a rule must raise the rate).</summary>
    [Range(typeof(decimal), "1", "1000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Minimum lift must be at least 1 (a rule must raise the rate).")]
    public decimal MinLift { get; set; } = 1.0m;

    /// <summary>Whom the offers are for: the segment's name, or "all".</summary>
    public string Audience => string.IsNullOrWhiteSpace(Segment) ? "all" : Segment;

    /// <summary>
    /// The download's file name: cross-sell-offers.csv, with the RFM segment (letters and digits in lower case, dashes) and the
    /// saved segment as the other reports name theirs, e.g. cross-sell-offers-lost_segment-26-Customers-2-and-6.csv.
    /// </summary>
    public string ExportFileName => "cross-sell-offers" + (string.IsNullOrWhiteSpace(Segment) ? ""
        : "-" + new string([.. Segment.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]))
        + SegmentScope.FileSuffix(AppliedSegment) + ".csv";

    /// <summary>Rows on the page (CSV and CLI: all).</summary>
    [Range(1, 5000, ErrorMessage = "Rows shown must be between 1 and 5,000.")]
    public int Limit { get; set; } = 200;

    /// <summary>Only customers whose P(alive) is at least this (0: everyone).</summary>
    [Range(typeof(decimal), "0", "1", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Minimum P(alive) must be between 0 and 1.")]
    public decimal MinAlive { get; set; }

    /// <summary>Only offers of items in this product category (null: any).</summary>
    [StringLength(200, ErrorMessage = "Offer category must be at most 200 characters.")]
    public string? Category { get; set; }

    /// <summary>
    /// Days the offers are for: expected purchases and due dates count within them, and the backtest measures purchases in them
    /// after its cutoff. A week to a year: shorter says nothing about a cycle, longer is no longer an offer.
    /// </summary>
    [Range(7, 365, ErrorMessage = "Horizon must be between 7 and 365 days.")]
    public int Horizon { get; set; } = 90;

    /// <summary>The backtest's cutoff: offers from the data before it, measured on the horizon after it (default: horizon days before the data's end).</summary>
    [DateWindow]
    public DateOnly? Cutoff { get; set; }

    /// <summary>
    /// How a customer's offers are ordered: "likely" (the items they are most likely to buy in the horizon) or "revenue" (the
    /// items with the most expected revenue, which favours dear items bought rarely).
    /// </summary>
    [OneOf("likely", "revenue", ErrorMessage = "Rank '{0}': use likely or revenue.")]
    public string Rank { get; set; } = "likely";

    /// <summary>The ranking method of <see cref="Rank"/>.</summary>
    public OfferMethod Method => Rank == "revenue" ? OfferMethod.MostRevenue : OfferMethod.MostLikely;

    /// <summary>The page's section: "offers" (the list) or "backtest" (offers against popularity, computed once per warehouse state).</summary>
    [OneOf("offers", "backtest", ErrorMessage = "Section '{0}': use offers or backtest.")]
    public string Section { get; set; } = "offers";
}
