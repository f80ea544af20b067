using Insights.Warehouse;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Insights.Reports;

/// <summary>
/// Runs every page handler in one <see cref="ReadScope"/>, so everything a response shows comes from one committed state of the
/// warehouse, however many queries (and connections) the page asks: a load that commits meanwhile waits for the handler, as it
/// waits for any open reader. Registered once for every page.
/// </summary>
public sealed class ReadScopePageFilter(DuckDbWarehouse warehouse) : IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        using var scope = warehouse.BeginReadScope();
        await next();
    }
}
