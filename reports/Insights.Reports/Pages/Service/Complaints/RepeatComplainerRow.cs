using Insights.Reports.Access;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// A customer with two complaints in view opened at most 90 calendar days apart: all their complaints in view and the shortest
/// gap. Carries personal data: shown through <see cref="PersonalDataPolicy"/>.
/// </summary>
public sealed record RepeatComplainerRow(long CustomerId, string? FullName, string? PreferredName, string? Email, long Complaints,
    int ShortestGapDays, DateTime FirstOpenedAt, DateTime LastOpenedAt) : IHasPersonalData<RepeatComplainerRow>
{
    /// <summary>The longest gap in days between two complaints that makes a repeat complainer.</summary>
    public const int WindowDays = 90;

    /// <summary>CSV (and CLI) column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["customer_id", "full_name", "preferred_name", "email", "complaints", "shortest_gap_days", "first_opened_at", "last_opened_at"];

    /// <summary>The row's cells in <see cref="CsvHeader"/> order.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [CustomerId, FullName, PreferredName, Email, Complaints, ShortestGapDays, FirstOpenedAt, LastOpenedAt];

    /// <inheritdoc />
    public PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public RepeatComplainerRow WithPersonalData(PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName, Email = data.Email };
}
