using System.Globalization;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>A campaign as created: its segment, offer, window and split.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name (user input: encoded on output).</param>
/// <param name="Offer">What the treatment group is offered (user input).</param>
/// <param name="SegmentId">The saved segment it was started from.</param>
/// <param name="SegmentName">That segment's name at creation.</param>
/// <param name="StartsOn">The window's first day.</param>
/// <param name="WindowDays">The window's length: it ends before <see cref="EndsOn"/>.</param>
/// <param name="ControlPercent">The share of the members asked for the control group.</param>
/// <param name="Seed">The split's seed (<see cref="CampaignSplit"/>).</param>
/// <param name="Treatment">Members in the treatment group.</param>
/// <param name="Control">Members in the control group.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="CreatedAt">When (UTC).</param>
public sealed record Campaign(int Id, string Name, string Offer, int SegmentId, string SegmentName, DateOnly StartsOn, int WindowDays,
    int ControlPercent, long Seed, long Treatment, long Control, string CreatedBy, DateTime CreatedAt)
{
    /// <summary>The day after the window's last day.</summary>
    public DateOnly EndsOn => StartsOn.AddDays(WindowDays);

    /// <summary>The window's last day.</summary>
    public DateOnly LastDay => EndsOn.AddDays(-1);

    /// <summary>The readout page.</summary>
    public string Url => "/campaigns/" + Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The readout as CSV.</summary>
    public string CsvUrl => Url + "?handler=Csv";

    /// <summary>The treatment group for a mail merge as CSV.</summary>
    public string TreatmentCsvUrl => Url + "?handler=TreatmentCsv";

    /// <summary>The treatment group as Parquet.</summary>
    public string TreatmentParquetUrl => Url + "?handler=TreatmentParquet";

    /// <summary>The "new campaign" page started from saved segment <paramref name="segmentId"/>.</summary>
    public static string NewUrl(int segmentId) => "/campaigns/new?segment=" + segmentId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Column names of <see cref="CsvCells"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["campaign_id", "name", "offer", "segment_id", "segment_name", "starts_on", "window_days", "control_percent", "seed",
         "count_treatment", "count_control", "created_by", "created_at"];

    /// <summary>The campaign as CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Id, Name, Offer, SegmentId, SegmentName, StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), WindowDays, ControlPercent, Seed,
         Treatment, Control, CreatedBy, CreatedAt];
}

/// <summary>What a creation asks (every field checked by <see cref="CampaignStore.Problems"/>).</summary>
/// <param name="SegmentId">The saved segment whose current members are split.</param>
/// <param name="Name">1 to <see cref="CampaignStore.MaxNameLength"/> characters, unique without regard to case.</param>
/// <param name="Offer">1 to <see cref="CampaignStore.MaxOfferLength"/> characters.</param>
/// <param name="StartsOn">The window's first day.</param>
/// <param name="WindowDays"><see cref="CampaignStore.MinWindowDays"/> to <see cref="CampaignStore.MaxWindowDays"/>.</param>
/// <param name="ControlPercent"><see cref="CampaignStore.MinControlPercent"/> to <see cref="CampaignStore.MaxControlPercent"/>.</param>
/// <param name="Seed">The split's seed, 0 to int.MaxValue (null: a random one, recorded).</param>
public sealed record CampaignRequest(int? SegmentId, string? Name, string? Offer, DateOnly? StartsOn, int? WindowDays, int? ControlPercent, long? Seed);

/// <summary>A creation broke a rule: every problem, as the page and the CLI show them.</summary>
public sealed class CampaignRequestException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    /// <summary>The problems, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
