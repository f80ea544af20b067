using System.Text.Json;
using Insights.Reports.Access;
using Insights.Site.Accounts;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Insights.Site.Health;

/// <summary>
/// <c>/healthz</c> (liveness: the process answers; runs no check and says only "Healthy") and <c>/healthz/ready</c> (readiness:
/// <see cref="WarehouseHealthCheck"/>; 200 when Healthy or Degraded, 503 when Unhealthy). Liveness answers anyone (a load
/// balancer has no account) and says nothing but "Healthy". Readiness answers without an account only a caller on this machine
/// (loopback: docker compose's health check runs inside the container; <see cref="Policies.Readiness"/>), anyone else once signed
/// in with a role: it tells how fresh the data is. Only the status word, except for a signed-in admin, who gets the per-source
/// detail (load times, ages) as JSON.
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

    /// <summary>Maps both endpoints: liveness anonymous, readiness under <see cref="Policies.Readiness"/>.</summary>
    public static WebApplication MapSiteHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync })
            .RequireAuthorization(Policies.Readiness);
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
