using System.Globalization;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages;

/// <summary>
/// The one place a money figure is written: the amount (culture-invariant, grouped) followed by the configured currency
/// (<see cref="SiteDisplayOptions.Currency"/>), "1,234.56 EUR". Pages reach it as <c>Money</c> (injected by _ViewImports).
/// </summary>
public sealed class MoneyFormat(IOptions<SiteDisplayOptions> options)
{
    /// <summary>The currency's ISO code, for a column heading or an axis ("Net revenue (EUR)").</summary>
    public string Currency { get; } = options.Value.Currency;

    /// <summary>The amount with its currency, in <paramref name="format"/> ("N2": two decimals, grouped).</summary>
    public string Of(decimal amount, string format = "N2") => amount.ToString(format, CultureInfo.InvariantCulture) + " " + Currency;

    /// <summary>The amount with its currency, or a dash when there is none or it is not finite.</summary>
    public string Of(double? amount, string format = "N2") =>
        amount is { } a && double.IsFinite(a) ? a.ToString(format, CultureInfo.InvariantCulture) + " " + Currency : "–";

    /// <summary>A heading with the currency as its unit: "Net revenue" -> "Net revenue (EUR)".</summary>
    public string Heading(string label) => $"{label} ({Currency})";
}
