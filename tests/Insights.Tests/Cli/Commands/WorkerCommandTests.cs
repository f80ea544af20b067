namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights worker`, and `etl run` or `etl serve` with extraction workers (Etl:StagingFolder) need Hangfire's PostgreSQL storage: without it
/// they refuse, saying what is missing, before anything starts or any warehouse is created. (The workers themselves are
/// tested in Etl/Sources/Operational/Staged/ExtractionWorkersTests.)
/// </summary>
public sealed class WorkerCommandTests : IDisposable
{
    readonly TempFolder _folder = new();

    string Settings(string json)
    {
        var path = _folder.File("settings.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Worker_without_postgres_job_storage_refuses_and_says_why()
    {
        var settings = Settings("""
            { "Etl": { "StagingFolder": "staging", "Operational": { "Kind": "Postgres", "ConnectionString": "Host=127.0.0.1;Database=shop" } },
              "Hangfire": { "PostgresConnectionString": "" } }
            """);

        var run = CliProcess.Run("worker", "--settings", settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("insights worker needs Hangfire:PostgresConnectionString", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("in-memory storage cannot be shared", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Etl:StagingFolder", run.Stderr, StringComparison.Ordinal);   // that one is set
    }

    [Theory]
    [InlineData("run")]
    [InlineData("serve")]
    public void An_owner_with_a_staging_folder_but_no_postgres_job_storage_refuses_before_creating_a_warehouse(string etlCommand)
    {
        var settings = Settings("""
            { "Etl": { "StagingFolder": "staging" }, "Hangfire": { "PostgresConnectionString": "" } }
            """);
        var warehouse = _folder.File("w.duckdb");

        var run = CliProcess.Run("etl", etlCommand, "--settings", settings, "--warehouse", warehouse);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Etl:StagingFolder (extraction workers) needs Hangfire:PostgresConnectionString", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(warehouse));
    }

    public void Dispose() => _folder.Dispose();
}
