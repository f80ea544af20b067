using Hangfire.Dashboard;
using Insights.Reports.Access;

namespace Insights.Site.Accounts;

/// <summary>The Hangfire dashboard's own check, behind the endpoint's admin policy: the signed-in user has the admin role.</summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    /// <inheritdoc />
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
