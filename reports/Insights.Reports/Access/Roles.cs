namespace Insights.Reports.Access;

/// <summary>
/// The site's roles (docs/operations.md, "Accounts and roles"). Every report is open to every role; what differs is the
/// personal data a role sees and the admin pages.
/// </summary>
public static class Roles
{
    /// <summary>Everything, plus ETL runs, "Load now", the quarantine browser, the Hangfire dashboard and user management.</summary>
    public const string Admin = "admin";

    /// <summary>Every report, segments and exports, with customers' contact details.</summary>
    public const string Marketing = "marketing";

    /// <summary>Every report; personal data masked (customer id and preferred first name only).</summary>
    public const string Product = "product";

    /// <summary>The roles, in the order the user management page lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Marketing, Product];
}
