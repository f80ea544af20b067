using System.ComponentModel.DataAnnotations;

namespace Insights.Site.Accounts;

/// <summary>Accounts and sign-in (configuration section "Auth"; docs/operations.md, "Accounts and roles").</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Auth";

    /// <summary>PostgreSQL connection string for the accounts store; empty means a SQLite file (<see cref="SqlitePath"/>).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The SQLite accounts file; empty means accounts.db beside the warehouse file.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>
    /// The first admin's password, for automation (Auth__InitialAdminPassword): used only when no user exists, and not forced to
    /// change. Empty: a one-time password is generated and printed once to the console.
    /// </summary>
    public string? InitialAdminPassword { get; set; }

    /// <summary>Sign-in attempts (POSTs) per client address and minute; more get 429.</summary>
    [Range(1, 10_000)] public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(1, 100)] public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 24 * 60)] public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// How often an open session checks its account (security stamp): a disabled account, a reset password or changed roles take
    /// effect within this many seconds (0: at every request).
    /// </summary>
    [Range(0, 60 * 60)] public int SessionCheckSeconds { get; set; } = 60;

    /// <summary>How long a session lasts without a request (sliding).</summary>
    [Range(5, 7 * 24 * 60)] public int SessionMinutes { get; set; } = 8 * 60;
}
