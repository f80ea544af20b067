using System.Text.Json;

namespace Insights.Tests.Bench;

/// <summary>
/// `insights bench` as its own process at a tiny scale, on a database of its own: every phase reports rows and the rows agree
/// between phases. Timings are never asserted (benchmarks are commands, not tests).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BenchCommandTests(PostgresFixture postgres)
{
    [Fact]
    public void Bench_json_has_every_phase_with_rows_and_the_incremental_load_reads_fewer_rows_than_the_full_one()
    {
        using var database = postgres.CreateDatabase();
        using var work = new TempFolder();

        var run = CliProcess.Run("bench", "--scale", "0.002", "--postgres", database.ConnectionString, "--work", work.Path, "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var phases = json.RootElement.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["generate", "baseline", "native", "full", "change", "incremental", "warm", "fixed change", "fixed"], phases.Keys);
        Assert.All(phases, p => Assert.True(Rows(p.Value) > 0, $"{p.Key} has no rows"));
        Assert.True(Rows(phases["incremental"]) < Rows(phases["full"]),
            $"incremental {Rows(phases["incremental"])} rows, full {Rows(phases["full"])}");
        // the phases read the same world: the baseline runs the loader's own selects, native DuckDB reads the same files
        Assert.Equal(Rows(phases["baseline"]), Rows(Part(phases["full"], "operational")));
        Assert.Equal(Rows(phases["generate"]), Rows(phases["native"]));
        Assert.Equal(Rows(phases["native"]), Rows(phases["full"]));
        // the warm process loads the same change into a warehouse of its own
        Assert.Equal(Rows(phases["incremental"]), Rows(phases["warm"]));
        // the fixed change loads fewer rows than the full load (at this scale it is smaller than 10,000 orders: the world is)
        Assert.True(Rows(phases["fixed"]) < Rows(phases["full"]), $"fixed {Rows(phases["fixed"])} rows");
        // extract and land, the whole load, the fixed change against a smaller scale (not judged without --against), memory
        var targets = json.RootElement.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(4, targets.Count);
        Assert.Contains("--against", targets[2].GetProperty("measured").GetString());
    }

    [Fact]
    public void Bench_exits_with_a_message_when_PostgreSQL_is_unreachable()
    {
        var run = CliProcess.Run("bench", "--scale", "0.002", "--postgres",
            "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=3", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PostgreSQL is unreachable", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    static long Rows(JsonElement element) => element.GetProperty("rows").GetInt64();

    static JsonElement Part(JsonElement phase, string name) =>
        phase.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
}
