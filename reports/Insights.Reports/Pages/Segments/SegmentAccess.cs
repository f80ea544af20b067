using System.Security.Claims;
using Insights.Reports.Access;

namespace Insights.Reports.Pages.Segments;

/// <summary>Who may save segments: marketing and admin (Roles.Marketing: "segments and exports"); product reads them.</summary>
public static class SegmentAccess
{
    /// <summary>Whether <paramref name="user"/> may create and save segments.</summary>
    public static bool CanEdit(ClaimsPrincipal user) => user.IsInRole(Roles.Marketing) || user.IsInRole(Roles.Admin);
}
