using System.Text.Json;
using Insights.Reports.Access;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Insights.Site.Health;

/// <summary>
/// <c>/healthz</c> (liveness: the process answers; runs no check and says only "Healthy") and <c>/healthz/ready</c> (readiness:
/// <see cref="WarehouseHealthCheck"/>; 200 when Healthy or Degraded, 503 when Unhealthy). Both answer without an account (a
/// load balancer or docker has none), but only the status: the per-source detail (load times, ages) is JSON for a signed-in
/// admin, so an anonymous caller learns no more than "Healthy", "Degraded" or "Unhealthy".
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The readiness path.</summary>
    public const string ReadinessPath = "/healthz/ready";

    const string ReadyTag = "ready";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    /// <summary>Adds the health checks and their options (validated at start).</summary>
    public static WebApplicationBuilder AddSiteHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks().AddCheck<WarehouseHealthCheck>(WarehouseHealthCheck.Name, tags: [ReadyTag]);
        return builder;
    }

    /// <summary>Maps both endpoints, anonymous (a load balancer or docker has no account).</summary>
    public static WebApplication MapSiteHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync })
            .AllowAnonymous();
        return app;
    }

    // {"status":"Degraded","checks":{"warehouse":{"status":"Degraded","description":"...","data":{"maxLoadAgeHours":24,"sources":[...]}}}}
    // the description and data only: an exception's message stays in the log
    static async Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        // authentication runs for every request, anonymous endpoints too: the cookie, if any, says who is calling
        if (!context.User.IsInRole(Roles.Admin))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(report.Status.ToString(), context.RequestAborted);
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status, description = e.Value.Description, data = e.Value.Data }),
        };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }
}
