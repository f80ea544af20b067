using Insights.Reports.Pages.Segments.Export;
using System.Data.Common;
using System.Security.Cryptography;
using Insights.Reports.Access;
using Insights.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>
/// The campaigns (app_campaign and app_campaign_member: migration 0026; no model builds them, so `etl run --full` leaves them
/// alone). Creating one checks the request, brings the segment's membership up to the warehouse's current state, splits the
/// members (<see cref="CampaignSplit"/>) and stores the campaign with every member and its group in one transaction.
/// </summary>
public sealed class CampaignStore(DuckDbWarehouse warehouse, SegmentStore segments, SegmentEvaluation evaluation, TimeProvider clock)
{
    /// <summary>Longest campaign name.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Longest offer text.</summary>
    public const int MaxOfferLength = 200;

    /// <summary>Shortest window: under a week, weekday habits alone move the figures.</summary>
    public const int MinWindowDays = 7;

    /// <summary>Longest window.</summary>
    public const int MaxWindowDays = 365;

    /// <summary>Smallest control share (percent).</summary>
    public const int MinControlPercent = 1;

    /// <summary>Largest control share (percent): above half, the "control" would be the campaign's main group.</summary>
    public const int MaxControlPercent = 50;

    /// <summary>Earliest start accepted.</summary>
    public static readonly DateOnly FirstStart = new(2000, 1, 1);

    /// <summary>Latest start accepted.</summary>
    public static readonly DateOnly LastStart = new(2099, 12, 31);

    // creations of this process one at a time: the next id is max + 1
    static readonly Lock Writes = new();

    static readonly string ListSql = SqlResource.Load<CampaignStore>("campaigns.sql");
    static readonly string CreateSql = SqlResource.Load<CampaignStore>("create_campaign.sql");
    static readonly string NameTakenSql = SqlResource.Load<CampaignStore>("campaign_name_taken.sql");
    static readonly string MembersSql = SqlResource.Load<CampaignStore>("segment_members.sql");
    static readonly string TreatmentSql = SqlResource.Load<CampaignStore>("treatment_members.sql");

    /// <summary>Every campaign, latest start first.</summary>
    public IReadOnlyList<Campaign> List(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Read(null);
    }

    /// <summary>One campaign, or null.</summary>
    public Campaign? Get(int id) => Read(id).SingleOrDefault();

    /// <summary>
    /// The treatment group of campaign <paramref name="id"/> as the member source of a personalised export (<see cref="SegmentExport"/>):
    /// the same rows as a segment's export (name to greet them by, contact details, top offer), only for the customers the offer goes to.
    /// </summary>
    public static MemberSource TreatmentSource(int id) => new(TreatmentSql, [("source_campaign_id", id)]);

    /// <summary>Every problem of a request (empty: it can be created).</summary>
    public IReadOnlyList<string> Problems(CampaignRequest request)
    {
        var problems = new List<string>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) problems.Add("Give the campaign a name.");
        else if (name.Length > MaxNameLength) problems.Add($"The name has at most {MaxNameLength} characters; it has {name.Length}.");
        else if (name.Any(char.IsControl)) problems.Add("The name holds a control character (a line break or tab); write it on one line.");
        var offer = request.Offer?.Trim() ?? "";
        if (offer.Length == 0) problems.Add("Say what the offer is.");
        else if (offer.Length > MaxOfferLength) problems.Add($"The offer has at most {MaxOfferLength} characters; it has {offer.Length}.");
        if (request.StartsOn is not { } start) problems.Add("Give the start date.");
        else if (start < FirstStart || start > LastStart)
            problems.Add($"The start date must be {FirstStart:yyyy-MM-dd} to {LastStart:yyyy-MM-dd}; {start:yyyy-MM-dd} was given.");
        if (request.WindowDays is not { } days) problems.Add("Give the window in days.");
        else if (days is < MinWindowDays or > MaxWindowDays) problems.Add($"The window must be {MinWindowDays} to {MaxWindowDays} days; {days} was given.");
        if (request.ControlPercent is not { } percent) problems.Add("Give the control share in percent.");
        else if (percent is < MinControlPercent or > MaxControlPercent)
            problems.Add($"The control share must be {MinControlPercent} to {MaxControlPercent}%; {percent}% was given.");
        if (request.Seed is < 0 or > int.MaxValue) problems.Add($"The seed must be 0 to {int.MaxValue}; {request.Seed} was given.");
        if (request.SegmentId is not { } segmentId) problems.Add("Choose the saved segment to start from.");
        else if (segments.Get(segmentId) is null) problems.Add($"There is no saved segment {segmentId}.");
        if (problems.Count == 0)
        {
            using var connection = warehouse.OpenConnection();
            if (connection.ExecuteScalar<bool>(NameTakenSql, ("name", name)))
                problems.Add($"A campaign named “{name}” exists already; choose another name.");
        }
        return problems;
    }

    /// <summary>Creates the campaign from the segment's members at the current state; returns its id.</summary>
    /// <exception cref="CampaignRequestException">The request breaks a rule, or the split leaves a group empty.</exception>
    public int Create(CampaignRequest request, string user, CancellationToken ct)
    {
        lock (Writes)
        {
            var problems = Problems(request);
            if (problems.Count > 0) throw new CampaignRequestException(problems);
            var segmentId = request.SegmentId!.Value;
            evaluation.Evaluate(segmentId, ct, again: false);   // the membership at the warehouse's current state
            var segment = segments.Get(segmentId)!;
            var seed = request.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
            var split = CampaignSplit.Split(SegmentMembers(segmentId), request.ControlPercent!.Value, seed);
            var control = split.Count(m => m.IsControl);
            if (control == 0 || control == split.Count)
                throw new CampaignRequestException([$"The segment “{segment.Name}” has {split.Count} member(s): a {request.ControlPercent}% control group " +
                    "would leave the control or the treatment group empty. Choose a larger segment or another control share."]);
            ct.ThrowIfCancellationRequested();
            // a write connection: it holds no reader's share, so a creation from a page (inside its read scope) cannot wait on itself
            using var connection = warehouse.OpenWriteConnection();
            using var transaction = connection.BeginTransaction();
            var id = connection.ExecuteScalar<int>(CreateSql, ("name", request.Name!.Trim()), ("offer", request.Offer!.Trim()),
                ("segment_id", segmentId), ("segment_name", segment.Name), ("starts_on", request.StartsOn!.Value.ToDateTime(TimeOnly.MinValue)),
                ("window_days", request.WindowDays!.Value), ("control_percent", request.ControlPercent.Value), ("seed", seed),
                ("count_treatment", (long)(split.Count - control)), ("count_control", (long)control), ("user", user),
                ("now", clock.GetUtcNow().UtcDateTime));
            using (var appender = connection.CreateAppender("app_campaign_member"))
                foreach (var (customerId, isControl) in split)
                    appender.CreateRow().AppendValue(id).AppendValue(customerId).AppendValue(isControl).EndRow();
            transaction.Commit();
            return id;
        }
    }

    List<int> SegmentMembers(int segmentId)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(MembersSql, ("segment_id", segmentId));
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read()) ids.Add(reader.GetInt32(0));
        return ids;
    }

    IReadOnlyList<Campaign> Read(int? id)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(ListSql, ("campaign_id", id));
        using var reader = command.ExecuteReader();
        var rows = new List<Campaign>();
        while (reader.Read())
            rows.Add(new Campaign(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt64(8), reader.GetInt64(9),
                reader.GetInt64(10), reader.GetString(11), reader.GetDateTime(12)));
        return rows;
    }

    static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
