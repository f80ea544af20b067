using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages;

/// <summary>
/// The small page of an error status without a body of its own (404, 405...), re-executed by the status-code pages middleware
/// with the failed request's method: it has no handler on purpose, so any method renders it, and it says nothing about the
/// server beyond the status.
/// </summary>
[IgnoreAntiforgeryToken]   // re-executed with the failed request's method: a refused POST must keep its status, not become a 400
public sealed class StatusModel : PageModel
{
    /// <summary>The failed request's status; opened directly rather than re-executed, the address itself is not a page (404).</summary>
    public int Code => Reexecuted && int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : StatusCodes.Status404NotFound;

    /// <summary>The address the visitor asked for (the page encodes it), when the page was re-executed for it.</summary>
    public string? OriginalPath => HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;

    bool Reexecuted => HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    /// <summary>The page's heading.</summary>
    public string Title => Code switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status401Unauthorized => "Sign-in required",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Page not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        _ => "Something went wrong",
    };

    /// <summary>One sentence for the visitor.</summary>
    public string Message => Code switch
    {
        StatusCodes.Status404NotFound => "There is no page at this address: Insights has no report, list or file here.",
        StatusCodes.Status405MethodNotAllowed => "This page does not take that kind of request.",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "Your account may not open this page.",
        _ => $"The request ended with status {Code}.",
    };

    /// <summary>Opened directly, the page answers 404 (see <see cref="Code"/>).</summary>
    [NonHandler]   // an override is not excluded from handler discovery by itself: it would become a handler for the method "Page"
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!Reexecuted) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
