namespace Insights.Demo;

/// <summary>A row of the operational customers table.</summary>
/// <param name="CustomerId">1..N, in sign-up order.</param>
/// <param name="FullName">First and last name, sometimes with a suffix (", Jr.") or non-ASCII letters.</param>
/// <param name="PreferredName">Usually the first name, sometimes a nickname (Robert → Bob).</param>
/// <param name="Email">Unique address under a reserved example domain.</param>
/// <param name="Region">North, South, East, West or Central.</param>
/// <param name="SignupChannel">store, web, app, phone or referral.</param>
/// <param name="SignedUpAt">Sign-up time (UTC).</param>
/// <param name="UpdatedAt">Last profile change (UTC), at or after <paramref name="SignedUpAt"/>.</param>
public readonly record struct DemoCustomer(
    int CustomerId,
    string FullName,
    string PreferredName,
    string Email,
    string Region,
    string SignupChannel,
    DateTime SignedUpAt,
    DateTime UpdatedAt);
