using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights report service channels|attribution` as their own processes: the README's numbers, as the pages show them.</summary>
public sealed class ServiceChannelsReportCommandTests(ChannelsWorldFile world) : IClassFixture<ChannelsWorldFile>
{
    CliProcess.Result Run(params string[] args) => CliProcess.Run(["report", "service", .. args, "--warehouse", world.Path]);

    static JsonElement Rows(CliProcess.Result run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("rows");
    }

    [Fact]
    public void Channels_by_channel_as_csv_has_channel_face_contacts_and_customers()
    {
        var run = Run("channels", "--by", "channel", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("channel,channel_name,crm_face,contacts,customers,", lines[0]);
        Assert.StartsWith("phone,Phone,operational,5,3,", lines[1]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Channels_by_month_with_a_region_gives_the_active_customers()
    {
        var rows = Rows(Run("channels", "--by", "month", "--region", "South"));

        Assert.Equal([2, 1, 2], rows.EnumerateArray().Select(r => r.GetProperty("active_customers").GetInt32()));
    }

    [Fact]
    public void Channels_by_face_and_direction()
    {
        var faces = Rows(Run("channels", "--by", "face")).EnumerateArray().ToDictionary(r => r.GetProperty("crm_face").GetString()!, r => r.GetProperty("contacts").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["operational"] = 9, ["collaborative"] = 2 }, faces);
        var directions = Rows(Run("channels", "--by", "direction", "--segment", "Loyal")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("direction").GetString()!, r => r.GetProperty("contacts").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["inbound"] = 3, ["outbound"] = 1 }, directions);
    }

    [Fact]
    public void Attribution_with_a_15_day_window_counts_the_day_15_order()
    {
        var rows = Rows(Run("attribution", "--days", "15"));

        var email = rows.EnumerateArray().Single(r => r.GetProperty("channel").GetString() == "email" && r.GetProperty("direction").GetString() == "outbound");
        Assert.Equal(1, email.GetProperty("followed").GetInt32());
        Assert.Equal(3.0, email.GetProperty("lift").GetDouble(), 12);
        Assert.Equal(0.6055, email.GetProperty("lift_low").GetDouble(), 4);
    }

    [Fact]
    public void Attribution_lapse_table_and_a_refused_window()
    {
        var lapse = Rows(Run("attribution", "--lapse")).EnumerateArray().Single(r => r.GetProperty("channel").GetString() == "portal_login");
        Assert.Equal(1, lapse.GetProperty("lapsed").GetInt32());

        var refused = Run("attribution", "--days", "0");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("between 1 and 365 days", refused.Stderr);
    }
}
