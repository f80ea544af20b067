namespace Insights.Reports.Pages.Segments;

/// <summary>A saved segment with its latest evaluation.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name (user input: encoded on output).</param>
/// <param name="Description">What it is for (user input).</param>
/// <param name="Definition">Its conditions.</param>
/// <param name="UpdatedBy">Who saved it last.</param>
/// <param name="UpdatedAt">When (UTC).</param>
/// <param name="Members">Members at the latest evaluation (null: never evaluated).</param>
/// <param name="NetAmount">Their completed net revenue then.</param>
/// <param name="EvaluatedAt">When it was evaluated last (UTC).</param>
/// <param name="StateRunId">The warehouse state (latest finished ETL run) it was evaluated at.</param>
/// <param name="Entered">Customers who entered at that evaluation.</param>
/// <param name="Left">Customers who left.</param>
public sealed record SavedSegment(int Id, string Name, string Description, SegmentDefinition Definition, string UpdatedBy,
    DateTime UpdatedAt, long? Members, decimal? NetAmount, DateTime? EvaluatedAt, long? StateRunId, long? Entered, long? Left)
{
    /// <summary>The editor page of this segment.</summary>
    public string Url => "/segments/" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The export page of this segment (its size first, then the files).</summary>
    public string ExportUrl => Url + "/export";

    /// <summary>The members as a file: <paramref name="format"/> is csv or parquet.</summary>
    public string ExportFileUrl(string format) => ExportUrl + "?format=" + Uri.EscapeDataString(format);
}

/// <summary>A segment's size and value at one evaluation.</summary>
/// <param name="StateRunId">The warehouse state (latest finished ETL run).</param>
/// <param name="EvaluatedAt">When (UTC).</param>
/// <param name="Members">Its members then.</param>
/// <param name="NetAmount">Their completed net revenue then.</param>
/// <param name="Entered">Who entered since the evaluation before.</param>
/// <param name="Left">Who left.</param>
public sealed record SegmentSize(long StateRunId, DateTime EvaluatedAt, long Members, decimal NetAmount, long Entered, long Left);

/// <summary>A customer who entered or left a segment at its latest evaluation.</summary>
/// <param name="Change">entered or left.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="PreferredName">How to greet them.</param>
/// <param name="FullName">Full name (masked for some readers).</param>
/// <param name="Email">E-mail (masked for some readers).</param>
public sealed record SegmentChange(string Change, int CustomerId, string? PreferredName, string? FullName, string? Email)
    : Access.IHasPersonalData<SegmentChange>
{
    /// <inheritdoc />
    public Access.PersonalData PersonalData => new(FullName, PreferredName, Email);

    /// <inheritdoc />
    public SegmentChange WithPersonalData(Access.PersonalData data) =>
        this with { FullName = data.FullName, PreferredName = data.PreferredName, Email = data.Email };
}
