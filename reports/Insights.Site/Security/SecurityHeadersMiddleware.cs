namespace Insights.Site.Security;

/// <summary>
/// Puts <see cref="SecurityHeaderPolicy"/>'s headers on every response: pages, downloads, chart images, static files, error and
/// status pages, the Hangfire dashboard. They are written when the response starts, so the exception handler (which clears the
/// headers of the failed response) and the status-code pages cannot lose them, and the content type is known by then.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityHeaderPolicy policy)
{
    /// <summary>Registers the headers for when the response starts, then runs the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        // the path as asked, taken now: inside the dashboard's branch (app.Map) the path has moved into PathBase
        var path = context.Request.PathBase.Add(context.Request.Path);
        context.Response.OnStarting(static state =>
        {
            var (context, policy, path) = ((HttpContext, SecurityHeaderPolicy, PathString))state;
            var headers = context.Response.Headers;
            foreach (var (name, value) in policy.CommonHeaders) headers[name] = value;
            headers.ContentSecurityPolicy = policy.ContentSecurityPolicyFor(path, context.Response.ContentType);
            return Task.CompletedTask;
        }, (context, policy, path));
        return next(context);
    }
}
