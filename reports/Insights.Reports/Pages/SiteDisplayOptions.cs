using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages;

/// <summary>How the pages and the CLI show figures (configuration section "Site"), validated at start.</summary>
public sealed class SiteDisplayOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Site";

    /// <summary>
    /// The ISO 4217 code of the currency every money figure is in ("EUR", "USD", "GBP"): the warehouse keeps amounts as the
    /// sources give them, with no currency of their own, so the site says which one they are.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "Site:Currency must be an ISO 4217 code: three capital letters, such as EUR or USD.")]
    public string Currency { get; set; } = "EUR";
}
