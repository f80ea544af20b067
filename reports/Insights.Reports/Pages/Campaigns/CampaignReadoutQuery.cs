using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>
/// Reads a campaign's readout (readout.sql) behind the campaigns' compute gate: the window's progress against the latest
/// completed order, each group's customers, buyers, orders and net revenue in the window, and the differences treatment −
/// control with their Welch intervals.
/// </summary>
public sealed class CampaignReadoutQuery(DuckDbWarehouse warehouse, CampaignStore store, ComputeGate gate)
{
    static readonly string ReadoutSql = SqlResource.Load<CampaignReadoutQuery>("readout.sql");
    static readonly string DataUpToSql = SqlResource.Load<CampaignReadoutQuery>("data_up_to.sql");

    /// <summary>The readout of campaign <paramref name="id"/>, or null when there is no such campaign.</summary>
    public CampaignReadout? Run(int id, CancellationToken ct) =>
        store.Get(id) is { } campaign ? gate.Run(ComputeKind.Campaigns, ct, token => Read(campaign, token)) : null;

    CampaignReadout Read(Campaign campaign, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var dataUpTo = connection.ExecuteScalar<DateOnly?>(DataUpToSql);
        var daysIn = dataUpTo is { } d ? Math.Clamp(d.DayNumber - campaign.StartsOn.DayNumber + 1, 0, campaign.WindowDays) : 0;
        var progress = daysIn == 0 ? WindowProgress.NotStarted : daysIn < campaign.WindowDays ? WindowProgress.Partial : WindowProgress.Complete;
        if (progress == WindowProgress.NotStarted) return new CampaignReadout(campaign, dataUpTo, progress, 0, null, null, null, null, null);

        using var command = connection.CreateCommand(ReadoutSql, ("campaign_id", campaign.Id),
            ("starts_on", campaign.StartsOn.ToDateTime(TimeOnly.MinValue)), ("ends_on", campaign.EndsOn.ToDateTime(TimeOnly.MinValue)));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        CampaignGroup treatment = new("treatment", 0, 0, 0, 0, 0), control = new("control", 0, 0, 0, 0, 0);
        while (reader.Read())
        {
            var isControl = reader.GetBoolean(0);
            var customers = reader.GetInt64(1);
            var netAmount = reader.GetDecimal(4);
            var group = new CampaignGroup(isControl ? "control" : "treatment", customers, reader.GetInt64(2), reader.GetInt64(3),
                netAmount, SampleVariance(customers, netAmount, reader.GetDecimal(5)));
            if (isControl) control = group; else treatment = group;
        }
        var revenue = WelchDifference.Of(treatment.Revenue, control.Revenue);
        return new CampaignReadout(campaign, dataUpTo, progress, daysIn, treatment, control, revenue, revenue.Times(treatment.Customers),
            WelchDifference.Of(treatment.Buying, control.Buying));
    }

    /// <summary>
    /// The sample variance (Σx² − (Σx)²/n) / (n − 1) in decimal, exact before the final conversion (0 below two customers).
    /// </summary>
    public static double SampleVariance(long count, decimal sum, decimal sumOfSquares) =>
        count < 2 ? 0 : (double)((sumOfSquares - sum * sum / count) / (count - 1));
}
