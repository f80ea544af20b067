using System.Net;
using Insights.Etl;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// Accounts are not warehouse data: a full rebuild or a new warehouse file leaves them as they were. On PostgreSQL
/// (Auth:PostgresConnectionString) the store's migrations apply at start and signing in works as on the SQLite default.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AccountsStoreTests(PostgresFixture postgres) : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public async Task A_full_rebuild_and_a_new_warehouse_file_leave_the_accounts_alone()
    {
        using (var site = new AccountsSite(folder: _folder))
        {
            site.AddUser("keeper", Roles.Marketing);
            site.LoadTinyWorld();

            site.Services.GetRequiredService<EtlRunner>().RunAll("test", CancellationToken.None, full: true);

            using var client = site.SignedIn("keeper");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        // the warehouse file replaced by a new, empty one (as after a restore or a move): the accounts file beside it stays
        File.Delete(_folder.File("warehouse.duckdb"));
        Assert.True(File.Exists(_folder.File("accounts.db")), "the accounts store is not beside the warehouse where it was expected");

        using (var site = new AccountsSite(folder: _folder))
        {
            using var client = site.SignedIn("keeper");
            using var home = await client.GetAsync("/");

            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("id=\"no-data\"", await home.Content.ReadAsStringAsync());   // it is the new, empty warehouse
        }
    }

    [Fact]
    public async Task On_postgres_the_migrations_apply_at_start_and_signing_in_works()
    {
        using var database = postgres.CreateDatabase();
        using var site = new AccountsSite(new Dictionary<string, string?> { ["Auth:PostgresConnectionString"] = database.ConnectionString });

        using var admin = site.SignedIn(SignIn.UserOf(Roles.Admin));
        site.AddUser("pg-reader", Roles.Product);
        using var reader = site.SignedIn("pg-reader");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var migrations = new NpgsqlCommand("select count(*) from \"__EFMigrationsHistory\"", connection);
        Assert.True((long)(await migrations.ExecuteScalarAsync())! >= 1);
        await using var users = new NpgsqlCommand("select string_agg(\"UserName\", ',' order by \"UserName\") from \"AspNetUsers\"", connection);
        Assert.Equal("admin,pg-reader", await users.ExecuteScalarAsync());
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(site.SourcesFolder)!, "accounts.db")), "PostgreSQL configured, yet a SQLite store was made");
    }

    public void Dispose() => _folder.Dispose();
}
