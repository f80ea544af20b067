using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Insights.Site.Accounts;

/// <summary>For `dotnet ef migrations add ... --context SqliteAccountsDbContext` only: the schema, not a real database.</summary>
public sealed class SqliteAccountsDesignFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    /// <inheritdoc />
    public SqliteAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAccountsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For `dotnet ef migrations add ... --context PostgresAccountsDbContext` only: no server is contacted.</summary>
public sealed class PostgresAccountsDesignFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    /// <inheritdoc />
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAccountsDbContext>().UseNpgsql("Host=design-time").Options);
}
