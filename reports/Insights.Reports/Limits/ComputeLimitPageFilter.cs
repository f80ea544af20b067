using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Limits;

/// <summary>
/// Turns a <see cref="ComputeLimitException"/> out of any page handler into the page's usual refusal (see
/// <see cref="Filters.FilterProblems"/>): the page itself with the message and the exception's status, or for a named handler
/// (a CSV, a chart) the message as plain text. A busy gate also says when to retry. Registered once for every page.
/// </summary>
public sealed class ComputeLimitPageFilter : IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || Unwrap(executed.Exception) is not { } limit) return;
        executed.ExceptionHandled = true;
        var response = context.HttpContext.Response;
        if (limit is ComputeBusyException busy) response.Headers.RetryAfter = busy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(context.HandlerMethod?.Name) && context.HandlerInstance is PageModel page)
        {
            page.ModelState.AddModelError(string.Empty, limit.Message);
            response.StatusCode = limit.StatusCode;
            executed.Result = page.Page();
            return;
        }
        executed.Result = new ContentResult { StatusCode = limit.StatusCode, Content = limit.Message, ContentType = "text/plain; charset=utf-8" };
    }

    // a limit hit inside a cached computation or a parallel loop arrives wrapped
    static ComputeLimitException? Unwrap(Exception? e) => e switch
    {
        ComputeLimitException limit => limit,
        AggregateException { InnerExceptions: [var inner] } => Unwrap(inner),
        _ => null,
    };
}
