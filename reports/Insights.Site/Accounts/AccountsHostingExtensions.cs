using Insights.Reports.Export;
using Insights.Warehouse;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using System.Threading.RateLimiting;

namespace Insights.Site.Accounts;

/// <summary>Accounts, sign-in and authorization: Identity on its own store, cookies, lockout, the sign-in rate limit, policies.</summary>
public static class AccountsHostingExtensions
{
    /// <summary>The rate limiter policy of the sign-in page's POST.</summary>
    public const string SignInLimit = "sign-in";

    /// <summary>Adds Identity with its EF store (SQLite beside the warehouse, or PostgreSQL), the cookie and the policies.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var dataFolder = DataFolder(builder.Configuration);
        if (!string.IsNullOrWhiteSpace(auth.PostgresConnectionString))
        {
            builder.Services.AddDbContext<PostgresAccountsDbContext>(o => o.UseNpgsql(auth.PostgresConnectionString));
            builder.Services.AddScoped<AccountsDbContext>(sp => sp.GetRequiredService<PostgresAccountsDbContext>());
        }
        else
        {
            var file = Path.GetFullPath(string.IsNullOrWhiteSpace(auth.SqlitePath) ? Path.Combine(dataFolder, "accounts.db") : auth.SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            builder.Services.AddDbContext<SqliteAccountsDbContext>(o => o.UseSqlite($"Data Source={file}"));
            builder.Services.AddScoped<AccountsDbContext>(sp => sp.GetRequiredService<SqliteAccountsDbContext>());
        }

        // every CSV download is recorded (CsvDownload asks for it); the log lives in this store, beside the accounts
        builder.Services.AddScoped<IExportLog, ExportLog>();
        builder.Services.AddIdentity<InsightsUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = auth.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.LockoutMinutes);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<InsightsSignInManager>()
            .AddClaimsPrincipalFactory<InsightsClaimsFactory>()
            .AddDefaultTokenProviders();
        // a disabled account, a reset password or a changed role ends open sessions within a minute (by default), not Identity's 30
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(auth.SessionCheckSeconds));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "insights.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(auth.SessionMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        // the keys that protect the sign-in and anti-forgery cookies, kept beside the data: a restart (a new container) keeps sessions
        builder.Services.AddDataProtection().SetApplicationName("Insights").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddHostedService<AccountsInitializer>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // per client address, and only the attempts (POST): showing the form costs nothing
            o.AddPolicy(SignInLimit, context => context.Request.Method == HttpMethods.Post
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.SignInPermitsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("form"));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address: wait a minute and try again.", ct);
            };
        });
        return builder;
    }

    /// <summary>Authentication, the forced password change, authorization and the sign-in rate limit, in that order.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    // A page asked for without a session goes to the sign-in page; a download, a chart or a form post (requests with a handler)
    // gets the bare status, which a script or a spreadsheet's web query understands.
    static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (PageNavigation.Is(context.Request))
            context.Response.Redirect(context.RedirectUri);
        else
            context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    // the folder of the warehouse file: the accounts file and the data-protection keys sit beside it, outside the warehouse
    static string DataFolder(IConfiguration configuration)
    {
        var warehouse = configuration.GetSection(WarehouseOptions.Section).Get<WarehouseOptions>() ?? new WarehouseOptions();
        return Path.GetDirectoryName(Path.GetFullPath(warehouse.DatabasePath))!;
    }
}
