namespace Insights.Site.Security;

/// <summary>
/// Puts <see cref="SecurityHeadersMiddleware"/> in front of everything the host adds before the site's own pipeline, the host
/// filter above all: a request for a foreign host name (a DNS-rebinding page) is refused with 400 before <c>UseSite</c> runs,
/// and without this that refusal went out without the security headers. Registered as the first startup filter, so its
/// middleware is the outermost.
/// </summary>
public sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        next(app);
    };
}
