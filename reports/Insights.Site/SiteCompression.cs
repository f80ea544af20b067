using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Insights.Site;

/// <summary>
/// Brotli or gzip, as the browser accepts, for what the site sends as text: pages, CSV exports, SVG charts and JSON (a page of
/// tables is 5-10 times smaller compressed). Gzip at its fastest level, Brotli at .NET's "optimal" (quality 4): the pages are
/// built per request, so the levels stay cheap.
/// </summary>
public static class SiteCompression
{
    /// <summary>The content types compressed: ASP.NET Core's defaults (HTML, CSS, JS, JSON, XML, plain text) plus CSV and SVG.</summary>
    public static IReadOnlyList<string> MimeTypes { get; } = [.. ResponseCompressionDefaults.MimeTypes, "text/csv", "image/svg+xml"];

    /// <summary>Registers the Brotli and gzip providers for <see cref="MimeTypes"/>.</summary>
    public static WebApplicationBuilder AddSiteCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            // Over HTTPS too. The BREACH attack needs a secret in a response that an attacker's page can make the browser fetch
            // with the visitor's cookies: ours are SameSite=Strict (sent with no cross-site request), and the one secret in a
            // page, the anti-forgery token, is encrypted anew for every response.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        // Brotli at its fastest (quality 1) packs the pages' base64 charts worse than gzip (SF10 white space: 49.9 kB against
        // 40.9 kB); "Optimal" (quality 4 in .NET) is still fast
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }
}
