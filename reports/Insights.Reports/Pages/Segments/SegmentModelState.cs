namespace Insights.Reports.Pages.Segments;

/// <summary>
/// Whether the model-based conditions can be used now: the latest fit behind mart_customer_score and mart_customer_offer
/// (mart_customer_score_fit, written by the after-load scores step). A model condition on figures that are not computed or
/// not trusted would select nobody without a word, so the compiler refuses it with <see cref="Problem"/> instead.
/// </summary>
/// <param name="IsComputed">A fit row exists (the scores step has run since the marts were created).</param>
/// <param name="HasPurchases">The fit found completed purchases (its as-of date is set).</param>
/// <param name="IsTrusted">BG/NBD is trusted: P(alive) and expected purchases are filled.</param>
/// <param name="IsSpendTrusted">Gamma-Gamma is trusted too: CLV is filled.</param>
/// <param name="BgNbdDiagnosis">BG/NBD's verdict in the fit's own words.</param>
/// <param name="GammaGammaDiagnosis">Gamma-Gamma's verdict.</param>
/// <param name="OffersProblem">Why there are no offers (null: the offers were computed).</param>
/// <param name="HasCategoryOverdue">
/// The fit wrote mart_customer_category_overdue (migration 0048 records its run): a fit from before that table existed did not,
/// and until the next fit the table is empty, which would read as "nobody is overdue in any category".
/// </param>
public sealed record SegmentModelState(bool IsComputed, bool HasPurchases, bool IsTrusted, bool IsSpendTrusted, string? BgNbdDiagnosis,
    string? GammaGammaDiagnosis, string? OffersProblem, bool HasCategoryOverdue = false)
{
    /// <summary>No fit yet.</summary>
    public static SegmentModelState NotComputed { get; } = new(false, false, false, false, null, null, null);

    /// <summary>Every model figure computed and trusted (what the hand-made worlds write).</summary>
    public static SegmentModelState Trusted { get; } = new(true, true, true, true, "trusted", "trusted", null, true);

    /// <summary>What a condition on overdue categories gets while the fit has not written them (the page and the CLI show it).</summary>
    public const string CategoryOverdueNotWritten =
        "the categories customers are overdue in are not computed yet: they are written by the next fit of the purchase models "
        + "(after the next load, in the background); until then this condition would select nobody. Try again after the next load.";

    /// <summary>Whether the preview's mean CLV can be shown.</summary>
    public bool HasClv => IsComputed && HasPurchases && IsTrusted && IsSpendTrusted;

    /// <summary>
    /// Why a condition on <paramref name="field"/> with operator <paramref name="op"/> cannot be used now (null: it can; always
    /// null for a field that is no model figure).
    /// </summary>
    public string? Problem(SegmentField field, string? op = null)
    {
        if (!SegmentFields.IsModel(field)) return null;
        if (!IsComputed)
            return "the model scores are not computed yet (the purchase models are fitted after each load, in the background); try again in a few minutes.";
        if (!HasPurchases) return "the warehouse holds no completed purchase, so there are no model scores.";
        return field.Name switch
        {
            "p_alive" or "expected_purchases" or "clv" when !IsTrusted =>
                $"the purchase model (BG/NBD) fitted after the latest load is not trusted, so there is no {field.Label} to select on: {BgNbdDiagnosis}",
            "clv" when !IsSpendTrusted =>
                $"the spend model (Gamma-Gamma) fitted after the latest load is not trusted, so there is no CLV to select on: {GammaGammaDiagnosis}",
            "next_best_offer" when OffersProblem is not null => OffersProblem,
            "overdue" when op == "in_category" && !HasCategoryOverdue => CategoryOverdueNotWritten,
            _ => null,
        };
    }
}
