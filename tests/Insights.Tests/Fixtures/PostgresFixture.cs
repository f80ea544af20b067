using Npgsql;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The real PostgreSQL server the tests use, found through INSIGHTS_TEST_POSTGRES (scripts/test.sh starts a throwaway one).
/// Each test gets its own database, dropped afterwards. No server means a failed run, never a skipped test.
/// </summary>
public sealed class PostgresFixture
{
    public PostgresFixture() : this(Environment.GetEnvironmentVariable("INSIGHTS_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Database=insights;Username=insights;Password=insights")
    {
    }

    /// <summary>The server at <paramref name="serverConnectionString"/> (a cluster a test owns, see <see cref="OwnPostgresCluster"/>).</summary>
    public static PostgresFixture At(string serverConnectionString) => new(serverConnectionString);

    // xunit wants one public constructor on a collection fixture
    PostgresFixture(string serverConnectionString)
    {
        ServerConnectionString = serverConnectionString;
        try
        {
            using var connection = new NpgsqlConnection(ServerConnectionString);
            connection.Open();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the tests: run them with ./scripts/test.sh, or set INSIGHTS_TEST_POSTGRES to a server where the " +
                $"user may create databases. ({e.Message})", e);
        }
    }

    public string ServerConnectionString { get; }

    /// <summary>
    /// Creates an empty database, or with <paramref name="copyOf"/> a copy of that one (PostgreSQL's template copy: nobody may
    /// be connected to it); dispose the result to drop it.
    /// </summary>
    public TestDatabase CreateDatabase(TestDatabase? copyOf = null)
    {
        var name = "insights_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            // both names are ours, not input
            using var create = new NpgsqlCommand(copyOf is null ? $"create database {name}" : $"create database {name} template {copyOf.Name}",
                connection);
            create.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = false };
        return new TestDatabase(ServerConnectionString, name, builder.ConnectionString);
    }
}

/// <summary>A database of one test; dropped on dispose.</summary>
public sealed class TestDatabase(string serverConnectionString, string name, string connectionString) : IDisposable
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>The database's name on the server.</summary>
    public string Name { get; } = name;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(serverConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"drop database if exists {Name} with (force)", connection);
        // a server process of another role (autovacuum on a server we did not start) can hold the database for a moment,
        // and a non-superuser may not terminate it: wait for it rather than leave the database behind
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}

[CollectionDefinition(Name)]
[RunsLong(160)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
