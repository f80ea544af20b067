using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Insights.Site.Accounts;

/// <summary>
/// The accounts store: Identity's users and roles, and the export log. It is not warehouse data: it lives in its own database
/// (a SQLite file beside the warehouse, or PostgreSQL), so a full rebuild or a new warehouse file never touches it. Each provider
/// has its own EF migrations (<see cref="SqliteAccountsDbContext"/>, <see cref="PostgresAccountsDbContext"/>), applied at start.
/// </summary>
public abstract class AccountsDbContext(DbContextOptions options) : IdentityDbContext<InsightsUser>(options)
{
    /// <summary>Every download of report data.</summary>
    public DbSet<ExportRecord> Exports => Set<ExportRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ExportRecord>(e =>
        {
            e.ToTable("Exports");
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.Report).HasMaxLength(200);
            e.Property(x => x.Filters).HasMaxLength(4000);
            e.HasIndex(x => x.At);
        });
    }
}

/// <summary>The accounts store on SQLite (the embedded default), with its own migrations.</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);

/// <summary>The accounts store on PostgreSQL (Auth:PostgresConnectionString), with its own migrations.</summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options);
