using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Security;

/// <summary>
/// The site's endpoints as its own routing knows them (EndpointDataSource): every Razor page with its GET and POST handlers
/// (the page model's On{Verb}{Handler} methods) and the query parameters it binds ([BindProperty(SupportsGet = true)] properties,
/// a record's settable properties, and the handlers' own parameters), plus every other endpoint (the Hangfire dashboard).
/// A page or endpoint added later is found here without editing a test.
/// </summary>
public static partial class SiteEndpoints
{
    /// <summary>The path prefixes that are the admin's only (ETL, quarantine, users, the Hangfire dashboard).</summary>
    public static readonly IReadOnlyList<string> AdminAreas = ["/etl", "/admin", "/hangfire"];

    /// <summary>
    /// One page or endpoint: its path, its named GET handlers, its POST handlers ("" is the page's own OnPost), its query
    /// parameters, and whether it is anonymous.
    /// </summary>
    public sealed record Endpoint(string Path, IReadOnlyList<string> GetHandlers, IReadOnlyList<string> PostHandlers,
        IReadOnlyList<Parameter> Parameters, bool AllowsAnonymous, bool IsPage)
    {
        /// <summary>True for a page or endpoint under one of <see cref="AdminAreas"/>.</summary>
        public bool IsAdminArea => AdminAreas.Any(a => Path.Equals(a, StringComparison.OrdinalIgnoreCase)
            || Path.StartsWith(a + "/", StringComparison.OrdinalIgnoreCase));

        /// <summary>True for the account's own pages (sign-in, password, sign-out, denied).</summary>
        public bool IsAccountPage => Path.StartsWith("/account/", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A URL that reaches this very page: <see cref="Path"/>, or for a route with values ("/segments/{id}") the route with
        /// each value "1" ("/segments/1"): <see cref="Path"/> alone would name another page ("/segments").
        /// </summary>
        public string Url { get; init; } = Path;

        /// <summary>For messages.</summary>
        public override string ToString() => Path;
    }

    /// <summary>A query parameter, with its CLR type; <paramref name="Handler"/> is null for the page's bound properties.</summary>
    public sealed record Parameter(string Name, Type Type, string? Handler);

    /// <summary>Every endpoint of the site behind <paramref name="services"/>, one per path, by path.</summary>
    public static IReadOnlyList<Endpoint> Of(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var others = new Dictionary<string, Endpoint>(StringComparer.OrdinalIgnoreCase);
        var pages = new Dictionary<string, Endpoint>(StringComparer.Ordinal);   // by the page's file (ViewEnginePath)
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = LiteralPrefix(endpoint.RoutePattern);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                others.TryAdd(path, new Endpoint(path, [], [], [], anonymous, IsPage: false));
                continue;
            }
            // an Index page without its own template has two routes ("/x" and "/x/Index"): the shorter is the one the site links to
            if (pages.TryGetValue(page.ViewEnginePath, out var seen))
            {
                if (path.Length < seen.Path.Length) pages[page.ViewEnginePath] = seen with { Path = path };
                continue;
            }
            var compiled = loader.LoadAsync(page, endpoint.Metadata).GetAwaiter().GetResult();
            var model = compiled.ModelTypeInfo?.AsType() ?? compiled.PageTypeInfo.AsType();
            pages[page.ViewEnginePath] = new Endpoint(path, Handlers(model, "Get"), Handlers(model, "Post", withDefault: true), Parameters(model), anonymous, IsPage: true)
            {
                Url = SampleUrl(endpoint.RoutePattern),
            };
        }
        return pages.Values.Concat(others.Values).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    // "/segments/{id}" -> "/segments/1": every route value "1" (a page that does not know the id answers 404, after the checks
    // a test sends it for: sign-in, anti-forgery)
    static string SampleUrl(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => s.IsSimple && s.Parts[0] is RoutePatternLiteralPart literal ? literal.Content : "1"));

    // "/hangfire/{**path}" -> "/hangfire": the part of the route a request can name without values
    static string LiteralPrefix(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments
            .TakeWhile(s => s.IsSimple && s.Parts[0] is RoutePatternLiteralPart)
            .Select(s => ((RoutePatternLiteralPart)s.Parts[0]).Content));

    /// <summary>
    /// The handlers of one verb by name ("Csv" for OnGetCsv, "CustomersCsv" for OnGetCustomersCsv); the unnamed one ("") only
    /// when <paramref name="withDefault"/>.
    /// </summary>
    static IReadOnlyList<string> Handlers(Type model, string verb, bool withDefault = false) =>
        HandlerMethods(model, verb).Select(m => HandlerName(m, verb)).Where(n => withDefault || n.Length > 0).Distinct().Order().ToList();

    static IEnumerable<MethodInfo> HandlerMethods(Type model, string verb) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("On" + verb, StringComparison.Ordinal));

    static string HandlerName(MethodInfo method, string verb)
    {
        var name = method.Name["On".Length..][verb.Length..];
        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
    }

    // the bound GET properties (a filter record gives its settable properties: binding falls back to their bare names) and the
    // parameters of the GET handlers (a CancellationToken is not a query value)
    static IReadOnlyList<Parameter> Parameters(Type model)
    {
        var all = new List<Parameter>();
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<BindPropertyAttribute>() is not { SupportsGet: true }) continue;
            if (IsSimple(property.PropertyType)) all.Add(new(property.Name, property.PropertyType, null));
            else
                all.AddRange(property.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.SetMethod is { IsPublic: true })
                    .Select(p => new Parameter(p.Name, p.PropertyType, null)));
        }
        foreach (var method in HandlerMethods(model, "Get"))
            foreach (var parameter in method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)))
            {
                var handler = HandlerName(method, "Get");
                all.Add(new(parameter.Name!, parameter.ParameterType, handler.Length == 0 ? null : handler));
            }
        return all.DistinctBy(p => (p.Name.ToLowerInvariant(), p.Handler)).ToList();
    }

    static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime);
    }

    /// <summary>
    /// The URL of <paramref name="handler"/> on <paramref name="path"/> as the page itself links to it (found in the page's HTML
    /// as <paramref name="admin"/> sees it, so a handler that needs a value such as a table or a kind gets a valid one), or the
    /// page's defaults with only the handler named when the page has no such link.
    /// </summary>
    public static async Task<string> HandlerUrlAsync(HttpClient admin, string path, string handler)
    {
        using var response = await admin.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        foreach (Match link in Link().Matches(html))
        {
            var url = WebUtility.HtmlDecode(link.Groups["url"].Value);
            var question = url.IndexOf('?', StringComparison.Ordinal);
            if (question < 0 || !url[..question].Equals(path, StringComparison.OrdinalIgnoreCase)) continue;
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[question..]);
            if (query.TryGetValue("handler", out var named) && string.Equals(named, handler, StringComparison.OrdinalIgnoreCase))
                return url;
        }
        return $"{path}?handler={handler}";
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>/[^\"]*)\"")]
    private static partial Regex Link();
}
