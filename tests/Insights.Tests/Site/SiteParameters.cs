using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site;

/// <summary>A GET handler of a page ("" for the page itself) and the query-string parameters it binds, with their types.</summary>
public sealed record SiteHandler(string Route, string Handler, IReadOnlyList<SiteParameter> Parameters)
{
    /// <summary>The handler's URL with <paramref name="query"/> (already encoded) appended.</summary>
    public string Url(string query) =>
        Route + (Handler == "" ? "?" : $"?handler={Handler}&") + query;

    /// <summary>True for a download or an image (a named handler): its refusal is plain text, not the page.</summary>
    public bool IsDownload => Handler != "";
}

/// <summary>A query-string parameter: its name, its type, and the filter property behind it (null for a handler's own argument).</summary>
public sealed record SiteParameter(string Name, Type Type, PropertyInfo? Property);

/// <summary>
/// Every GET handler of every page the site maps, and every parameter it binds, found as the framework sees them (the pages'
/// compiled descriptors): bound properties, expanded one level into the filter records' settable properties ("Filter.Horizon"),
/// and the handler methods' own parameters. A page, a handler or a filter property added later is covered without a test edit.
/// </summary>
public static class SiteParameters
{
    public static async Task<IReadOnlyList<SiteHandler>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>()
            .Where(p => p.AttributeRouteInfo?.Template is not null).ToList();
        var handlers = new List<SiteHandler>();
        foreach (var page in pages)
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var bound = compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>().Where(p => SupportsGet(p.Property))
                .SelectMany(p => Expand(p.Name, p.ParameterType, p.Property)).ToList();
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)))
            {
                var own = handler.Parameters.Where(p => p.ParameterType != typeof(CancellationToken))
                    .SelectMany(p => Expand(p.Name, p.ParameterType, null));
                handlers.Add(new SiteHandler("/" + page.AttributeRouteInfo!.Template, handler.Name ?? "", [.. bound, .. own]));
            }
        }
        return handlers;
    }

    static bool SupportsGet(PropertyInfo property) =>
        property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.BindPropertyAttribute>() is { SupportsGet: true };

    // a simple value is one parameter; a filter record is one parameter per settable property, under the record's name
    static IEnumerable<SiteParameter> Expand(string name, Type type, PropertyInfo? property) =>
        WorstValues.IsSimple(type) ? [new SiteParameter(name, type, property)]
        : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && WorstValues.IsSimple(p.PropertyType))
            .Select(p => new SiteParameter($"{name}.{p.Name}", p.PropertyType, p));
}
