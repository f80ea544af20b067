using System.Globalization;
using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights etl run` writes the customer scores after its load, in its own process (the CDNOW sample: a trusted fit).</summary>
public sealed class CustomerScoresAfterCliLoadTests(IntervalsReportCommandTests.LoadedWarehouse cdnow)
    : IClassFixture<IntervalsReportCommandTests.LoadedWarehouse>
{
    [Fact]
    public void The_cli_load_wrote_trusted_scores_that_the_profile_reads()
    {
        var fitted = WarehouseFingerprint.Scalar(cdnow.Warehouse, "select count_customers || '/' || current_run_id || '/' || is_trusted from mart_customer_score_fit");
        Assert.Equal("2357/1/true", fitted);
        var id = Convert.ToInt32(WarehouseFingerprint.Scalar(cdnow.Warehouse, "select min(customer_id) from mart_customer_score"), CultureInfo.InvariantCulture);

        var run = CliProcess.Run("report", "customer", id.ToString(CultureInfo.InvariantCulture), "--warehouse", cdnow.Warehouse);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("Computing the customer scores", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var scores = json.RootElement.GetProperty("scores");
        Assert.Equal("ok", scores.GetProperty("status").GetString());
        var pAlive = scores.GetProperty("figures").GetProperty("p_alive").GetDouble();
        Assert.InRange(pAlive, 0, 1);
        Assert.True(scores.GetProperty("figures").GetProperty("clv_amount").GetDouble() >= 0);
    }
}
