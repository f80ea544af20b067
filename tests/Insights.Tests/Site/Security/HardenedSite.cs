using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Security;

/// <summary>
/// The site on the tiny world, loaded once, on a real loopback socket (the Host header goes out as written), with one addition for the
/// error-page tests: the home page asked with <c>?fail=</c><see cref="Marker"/> throws inside the MVC pipeline (where a real bug
/// would), so the production exception handler answers it.
/// </summary>
public sealed class HardenedSite : SiteFactory
{
    /// <summary>Text of the thrown exception: a response that shows it shows the exception.</summary>
    public const string Marker = "harden-test-failure-7f3c";

    public HardenedSite() : base(new TempFolder(), ownsFolder: true)
    {
        TinyWorld.CopyTo(SourcesFolder);
        BaseAddress = new Uri(StartOnLoopback());
        LoadTinyWorld();
    }

    /// <summary>Where the site listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client on the socket signed in as the admin (every page, the dashboard), not following redirects.</summary>
    public HttpClient AdminClient()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() })
            { BaseAddress = BaseAddress };
        SignIn.AsAsync(client, SignIn.EnsureUser(Services, Roles.Admin)).GetAwaiter().GetResult();
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new FailOnMarker())));
    }

    sealed class FailOnMarker : IActionFilter, IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context) => FailIfAsked(context.HttpContext);

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }

        public void OnActionExecuting(ActionExecutingContext context) => FailIfAsked(context.HttpContext);

        public void OnActionExecuted(ActionExecutedContext context) { }

        static void FailIfAsked(Microsoft.AspNetCore.Http.HttpContext context)
        {
            // the home page only: the error page, re-executed with the same query string, must not fail in turn
            if (context.Request.Path == "/" && context.Request.Query["fail"] == Marker) throw new InvalidOperationException(Marker);
        }
    }
}
