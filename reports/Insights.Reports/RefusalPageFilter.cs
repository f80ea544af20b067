using System.Globalization;
using Insights.Reports.Limits;
using Insights.Warehouse.Publish;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports;

/// <summary>
/// Turns a refusal out of any page handler into the page's usual refusal (see <see cref="Filters.FilterProblems"/>): the page
/// itself with the message and the refusal's status, or for a named handler (a CSV, a chart, a save) the message as plain text.
/// The refusals: a <see cref="ComputeLimitException"/> (a busy gate, compute or download, which also says when to retry, or a
/// spent budget) and a <see cref="ReadOnlyReplicaException"/> (a save or a load asked of a read replica: 409). Registered once for every page.
/// </summary>
public sealed class RefusalPageFilter : IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || Unwrap(executed.Exception) is not { } refusal) return;
        executed.ExceptionHandled = true;
        (string message, int status) = refusal switch
        {
            ComputeLimitException limit => (limit.Message, limit.StatusCode),
            _ => (refusal.Message, StatusCodes.Status409Conflict),
        };
        var response = context.HttpContext.Response;
        int? retryAfter = refusal switch
        {
            ComputeBusyException busy => busy.RetryAfterSeconds,
            DownloadBusyException downloads => downloads.RetryAfterSeconds,
            _ => null,
        };
        if (retryAfter is { } seconds) response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(context.HandlerMethod?.Name) && context.HandlerInstance is PageModel page)
        {
            page.ModelState.AddModelError(string.Empty, message);
            response.StatusCode = status;
            executed.Result = page.Page();
            return;
        }
        executed.Result = new ContentResult { StatusCode = status, Content = message, ContentType = "text/plain; charset=utf-8" };
    }

    // a refusal inside a cached computation or a parallel loop arrives wrapped
    static Exception? Unwrap(Exception? e) => e switch
    {
        ComputeLimitException or ReadOnlyReplicaException => e,
        AggregateException { InnerExceptions: [var inner] } => Unwrap(inner),
        _ => null,
    };
}
