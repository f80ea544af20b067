namespace Insights.Site.Accounts;

/// <summary>
/// Whether a request is a person opening a page (a GET without a handler), which may be redirected to another page, rather than
/// a download, a chart or a form post (a handler, or not a GET), which gets the bare status a script or spreadsheet understands.
/// </summary>
public static class PageNavigation
{
    /// <summary>True for a GET of a page itself (no <c>handler</c> in the query).</summary>
    public static bool Is(HttpRequest request) => HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("handler");
}
