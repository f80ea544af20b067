using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Routing;

/// <summary>
/// A request that no handler of its page takes gets 405 (with Allow), or 404 for a <c>handler</c> name its method lacks. Razor Pages
/// would otherwise render the page without running any handler, on a model that was never filled: a TRACE on / or on a
/// cross-sell page gave a 500. It runs as an authorization filter, before the anti-forgery check, so an unsafe method a page
/// does not take (PUT, DELETE) is refused as such rather than as a missing token. Pages without handlers (the error and status
/// pages, re-executed with whatever method failed) are left alone, and so is OPTIONS, which Razor Pages answers itself with an
/// empty 200 (its HandleOptionsRequestsPageFilter) and never renders.
/// </summary>
public sealed class UnhandledMethodFilter : IAuthorizationFilter, IOrderedFilter
{
    /// <inheritdoc />
    public int Order => int.MinValue;   // before the anti-forgery filter (1000)

    /// <inheritdoc />
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (context.ActionDescriptor is not CompiledPageActionDescriptor page || page.HandlerMethods.Count == 0 || HttpMethods.IsOptions(request.Method))
            return;
        var handlers = page.HandlerMethods;
        // HEAD is served by the GET handlers, as Razor Pages' own handler selection does
        var forMethod = handlers.Where(h => string.Equals(h.HttpMethod, request.Method, StringComparison.OrdinalIgnoreCase)).ToList();
        if (forMethod.Count == 0 && HttpMethods.IsHead(request.Method))
            forMethod = [.. handlers.Where(h => string.Equals(h.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase))];
        if (forMethod.Count == 0)
        {
            var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
            if (allowed.Contains(HttpMethods.Get)) allowed.Add(HttpMethods.Head);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        // as Razor Pages selects: an unnamed handler takes any name, a named one only its own
        var name = HandlerName(context);
        if (!forMethod.Any(h => h.Name is null || string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)))
            context.Result = new NotFoundResult();
    }

    // where Razor Pages' own selector reads the handler name: the route value, else the query string
    static string? HandlerName(AuthorizationFilterContext context)
    {
        var fromRoute = Convert.ToString(context.RouteData.Values["handler"], System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(fromRoute)) return fromRoute;
        return context.HttpContext.Request.Query.TryGetValue("handler", out var values) ? values[0] : null;
    }
}
