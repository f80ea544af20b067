using Insights.Reports.Access;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// One open complaint of the backlog: its age now, its target and how far past it, and the customer. It carries personal data
/// (names, e-mail) and customer input (the complaint text), so pages and downloads show it through
/// <see cref="PersonalDataPolicy"/> and encoded (Razor, <see cref="Export.CsvExport"/>).
/// </summary>
public sealed record BacklogRow(long ComplaintId, long CustomerId, string? FullName, string? PreferredName, string? Email,
    string Severity, string Category, string Region, string? Text, bool IsBreaching, double AgeHours, double? TargetHours,
    double? OverdueHours, DateTime OpenedAt) : IHasPersonalData<BacklogRow>
{
    /// <summary>The age buckets, youngest first: the upper bound in days (exclusive) and the label.</summary>
    public static IReadOnlyList<(double UpToDays, string Label)> Buckets { get; } =
        [(1, "< 1 day"), (3, "1–3 days"), (7, "3–7 days"), (30, "7–30 days"), (double.PositiveInfinity, "30 days and more")];

    /// <summary>The age bucket: [0, 1), [1, 3), [3, 7), [7, 30) days, then 30 days and more.</summary>
    public string AgeBucket => Buckets[BucketOf(AgeHours)].Label;

    /// <summary>The index in <see cref="Buckets"/> of the bucket of an age of <paramref name="ageHours"/> hours.</summary>
    public static int BucketOf(double ageHours)
    {
        var bucket = 0;
        while (!(ageHours / 24 < Buckets[bucket].UpToDays)) bucket++;
        return bucket;
    }

    /// <summary>CSV (and CLI) column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "complaint_id", "customer_id", "full_name", "preferred_name", "email", "severity", "complaint_category", "region", "opened_at",
        "age_hours", "age_bucket", "target_hours", "is_breaching", "overdue_hours", "complaint_text",
    ];

    /// <summary>The row's cells in <see cref="CsvHeader"/> order.</summary>
    public IReadOnlyList<object?> CsvCells() =>
    [
        ComplaintId, CustomerId, FullName, PreferredName, Email, Severity, Category, Region, OpenedAt, Math.Round(AgeHours, 2), AgeBucket,
        TargetHours, IsBreaching, OverdueHours is { } o ? Math.Round(o, 2) : null, Text,
    ];

    /// <inheritdoc />
    public PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public BacklogRow WithPersonalData(PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName, Email = data.Email };
}
