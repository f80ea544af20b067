using Insights.Reports.Access;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// One member of an export, ready for a mail merge: the name to greet them by, the full name and e-mail (as the reader may see
/// them: <see cref="PersonalDataPolicy"/>), the region, the segment, and the top next-best offer with its reason and expected
/// revenue (null when the customer has none).
/// </summary>
/// <param name="CustomerId">The customer (business id).</param>
/// <param name="PreferredName">How to greet them (masked: the first word).</param>
/// <param name="FullName">Full name (masked: hidden).</param>
/// <param name="Email">E-mail (masked: <c>a•••@example.com</c>).</param>
/// <param name="Region">Region of the current version.</param>
/// <param name="Segment">The exported segment's name.</param>
/// <param name="OfferCategory">The top next-best offer's category.</param>
/// <param name="OfferReason">Its one-line reason.</param>
/// <param name="OfferExpectedRevenue">Its expected revenue (the offers' figure).</param>
public sealed record SegmentExportRow(int CustomerId, string? PreferredName, string? FullName, string? Email, string? Region, string Segment,
    string? OfferCategory, string? OfferReason, decimal? OfferExpectedRevenue) : IHasPersonalData<SegmentExportRow>
{
    /// <summary>The column names of the CSV, the JSON keys and the Parquet columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "customer_id", "preferred_name", "full_name", "email", "region", "segment", "offer_category", "offer_reason", "offer_expected_revenue",
    ];

    /// <summary>The row's cells in <see cref="Header"/>'s order.</summary>
    public IReadOnlyList<object?> Cells => [CustomerId, PreferredName, FullName, Email, Region, Segment, OfferCategory, OfferReason, OfferExpectedRevenue];

    /// <inheritdoc />
    public PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public SegmentExportRow WithPersonalData(PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName, Email = data.Email };
}
