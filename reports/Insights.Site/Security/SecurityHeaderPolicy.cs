namespace Insights.Site.Security;

/// <summary>
/// Every security header the site sends, in one place: the Content-Security-Policy of our pages, the looser one of the Hangfire
/// dashboard (its own pages carry inline script and style), the one of SVG charts opened as documents, and the headers that
/// every response carries whatever it is. docs/operations.md explains each.
/// </summary>
public sealed class SecurityHeaderPolicy
{
    /// <summary>
    /// Our pages: scripts, styles and everything else from this origin only (no inline script or style: the .cshtml files keep
    /// theirs in wwwroot/css and wwwroot/js), images also as data: URIs (the charts), never framed, forms post only here.
    /// </summary>
    public string PageContentSecurityPolicy { get; init; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; " +
        "base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// The Hangfire dashboard only (its path and below): Hangfire writes inline scripts and style attributes in its own pages, so
    /// they are allowed there and nowhere else; the rest stays as strict as our pages.
    /// </summary>
    public string DashboardContentSecurityPolicy { get; init; } =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// A chart served as image/svg+xml: in an &lt;img&gt; it never runs script, but opened on its own it is a document, and
    /// ScottPlot styles its text inline. No script, nothing loaded, inline style only.
    /// </summary>
    public string SvgContentSecurityPolicy { get; init; } =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Headers every response carries, whatever its type.</summary>
    public IReadOnlyDictionary<string, string> CommonHeaders { get; init; } = new Dictionary<string, string>
    {
        ["X-Content-Type-Options"] = "nosniff",       // a download is never run as script or style because of a guess
        ["Referrer-Policy"] = "no-referrer",          // report URLs carry filters (a segment, a customer's selection)
        ["X-Frame-Options"] = "DENY",                 // frame-ancestors 'none' for browsers that predate it
        ["Cross-Origin-Opener-Policy"] = "same-origin",
    };

    /// <summary>The path of the Hangfire dashboard, which gets <see cref="DashboardContentSecurityPolicy"/>.</summary>
    public required string DashboardPath { get; init; }

    /// <summary>The Content-Security-Policy for a response to <paramref name="path"/> of type <paramref name="contentType"/>.</summary>
    public string ContentSecurityPolicyFor(PathString path, string? contentType) =>
        path.StartsWithSegments(DashboardPath, StringComparison.OrdinalIgnoreCase) ? DashboardContentSecurityPolicy
        : contentType is not null && contentType.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase) ? SvgContentSecurityPolicy
        : PageContentSecurityPolicy;
}
