namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>
/// One contact channel and direction: contacts, those followable (their window ends by the data's last day), those followed by an
/// order within N days, and the same customers' control days (no contact in the N days before) with their orders within N days.
/// </summary>
public sealed record AttributionRow(string Channel, string ChannelName, string CrmFace, string Direction, long Contacts, long Followable,
    long Followed, long Customers, long Controls, long ControlsFollowed)
{
    /// <summary>Followed ÷ followable contacts (null: none followable).</summary>
    public double? Share => Followable == 0 ? null : (double)Followed / Followable;

    /// <summary>Wilson 95% interval of <see cref="Share"/>.</summary>
    public Interval? ShareInterval => RateInterval.Wilson(Followed, Followable);

    /// <summary>Control days followed ÷ control days (null: no control day).</summary>
    public double? Baseline => Controls == 0 ? null : (double)ControlsFollowed / Controls;

    /// <summary>Wilson 95% interval of <see cref="Baseline"/>.</summary>
    public Interval? BaselineInterval => RateInterval.Wilson(ControlsFollowed, Controls);

    /// <summary>Share ÷ baseline (null when either is missing or the baseline is 0).</summary>
    public double? Lift => Share is { } s && Baseline is { } b && b > 0 ? s / b : null;

    /// <summary>Log-ratio 95% interval of <see cref="Lift"/> (null when either share has no success).</summary>
    public Interval? LiftInterval => RateInterval.LogRatio(Followed, Followable, ControlsFollowed, Controls);

    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["channel", "channel_name", "crm_face", "direction", "contacts", "followable", "followed", "share", "share_low", "share_high",
         "customers", "control_days", "control_days_followed", "baseline", "baseline_low", "baseline_high", "lift", "lift_low", "lift_high"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Channel, ChannelName, CrmFace, Direction, Contacts, Followable, Followed, Share, ShareInterval?.Low, ShareInterval?.High,
         Customers, Controls, ControlsFollowed, Baseline, BaselineInterval?.Low, BaselineInterval?.High, Lift, LiftInterval?.Low, LiftInterval?.High];
}

/// <summary>
/// One contact channel: customers whose last contact went through it, split into too recent to judge, never bought before it, and
/// judged (bought before); of the judged, those who lapsed (no completed order in the 180 days after).
/// </summary>
public sealed record LapseRow(string Channel, string ChannelName, string CrmFace, long LastContacts, long TooRecent, long NeverBought,
    long Customers, long Lapsed)
{
    /// <summary>Lapsed ÷ judged customers (null: none judged).</summary>
    public double? Share => Customers == 0 ? null : (double)Lapsed / Customers;

    /// <summary>Wilson 95% interval of <see cref="Share"/>.</summary>
    public Interval? ShareInterval => RateInterval.Wilson(Lapsed, Customers);

    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["channel", "channel_name", "crm_face", "last_contacts", "too_recent", "never_bought", "customers", "lapsed", "lapsed_share",
         "lapsed_low", "lapsed_high"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Channel, ChannelName, CrmFace, LastContacts, TooRecent, NeverBought, Customers, Lapsed, Share, ShareInterval?.Low, ShareInterval?.High];
}

/// <summary>Everything "What contacts lead to" shows for one filter.</summary>
/// <param name="Days">The follow-up window N.</param>
/// <param name="LapseDays">The lapse window (180 days).</param>
/// <param name="DataLastDay">The latest completed order's day: windows must end by it (null: no order yet).</param>
/// <param name="Rows">Per channel and direction.</param>
/// <param name="Lapses">Per channel of the last contact.</param>
public sealed record AttributionResult(int Days, int LapseDays, DateOnly? DataLastDay, IReadOnlyList<AttributionRow> Rows, IReadOnlyList<LapseRow> Lapses)
{
    /// <summary>The row with the highest lift whose interval lies above 1 (null: none).</summary>
    public AttributionRow? ClearestLift => Rows.Where(r => r.LiftInterval is { Low: > 1 }).OrderByDescending(r => r.Lift).FirstOrDefault();
}
