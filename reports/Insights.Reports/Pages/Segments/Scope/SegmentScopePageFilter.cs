using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Insights.Reports.Pages.Segments.Scope;

/// <summary>
/// Before every handler of every page (the page and each download): each bound property whose value is an
/// <see cref="ISegmentFiltered"/> (a report's <c>Filter</c>) has its saved segment resolved into it by
/// <see cref="SegmentScopes.TryApply"/>, or refused as a filter problem (the handler then answers 400 with the message), so no
/// handler can read numbers with a segment asked for and not applied. Registered once for every page; a page model only binds
/// a filter that implements <see cref="ISegmentFiltered"/>.
/// </summary>
public sealed class SegmentScopePageFilter(SegmentScopes segments) : IAsyncPageFilter
{
    /// <summary>
    /// Its place among the page filters (registered with it): before the site's others, which keep the default order 0, since
    /// resolving may evaluate the segment, which commits, and a commit inside the request's read scope
    /// (<see cref="ReadScopePageFilter"/>) would wait for that scope to end. The page models' own overrides, which did this
    /// before, ran there too (first of all).
    /// </summary>
    public const int Order = int.MinValue + 1;

    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        foreach (var bound in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
            if (typeof(ISegmentFiltered).IsAssignableFrom(bound.Property.PropertyType)
                && bound.Property.GetValue(context.HandlerInstance) is ISegmentFiltered filter)
                segments.TryApply(filter, context.ModelState, context.HttpContext.RequestAborted);
        return next();
    }
}
