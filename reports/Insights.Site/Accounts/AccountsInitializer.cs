using Insights.Reports.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Insights.Site.Accounts;

/// <summary>
/// At start, before the site listens: applies the accounts store's EF migrations, makes sure the roles exist, and on first start
/// (no user at all) creates "admin": with Auth:InitialAdminPassword when set, else with a generated one-time password printed
/// once to the console and changed at first sign-in. Never a fixed default password.
/// </summary>
public sealed partial class AccountsInitializer(IServiceScopeFactory scopes, IOptions<AuthOptions> options, ILogger<AccountsInitializer> logger)
    : IHostedService
{
    /// <summary>The first admin's user name.</summary>
    public const string FirstAdmin = "admin";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");

        var users = scope.ServiceProvider.GetRequiredService<UserManager<InsightsUser>>();
        if (await users.Users.AnyAsync(cancellationToken)) return;
        var configured = options.Value.InitialAdminPassword;
        var password = string.IsNullOrEmpty(configured) ? OneTimePassword.New() : configured;
        var admin = new InsightsUser { UserName = FirstAdmin, MustChangePassword = string.IsNullOrEmpty(configured) };
        Check(await users.CreateAsync(admin, password), "create the first admin (Auth:InitialAdminPassword must follow the password rules)");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "give the first admin its role");
        if (admin.MustChangePassword)
        {
            // the console, not the log: a log file or a log shipper would keep the password
            Console.WriteLine($"""

                Insights: no account existed, so the user "{FirstAdmin}" was created with this one-time password:

                    {password}

                Sign in at /account/sign-in; the site then asks for a new password. It is shown only this once.

                """);
            FirstAdminCreated(logger, FirstAdmin);
        }
        else
        {
            FirstAdminConfigured(logger, FirstAdmin);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "First start: created user {User} with a one-time password, printed once to the console")]
    static partial void FirstAdminCreated(ILogger logger, string user);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "First start: created user {User} with the password from Auth:InitialAdminPassword")]
    static partial void FirstAdminConfigured(ILogger logger, string user);
}
