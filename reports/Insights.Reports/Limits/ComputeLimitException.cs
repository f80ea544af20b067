namespace Insights.Reports.Limits;

/// <summary>
/// A computation refused or stopped by the report limits (<see cref="ComputeGate"/>); the message says why and what to do, and
/// <see cref="StatusCode"/> is the HTTP status a page or download answers with.
/// </summary>
public abstract class ComputeLimitException(string message) : Exception(message)
{
    /// <summary>The HTTP status of the refusal.</summary>
    public abstract int StatusCode { get; }
}

/// <summary>The gate of a kind stayed full for the whole wait budget: the server is busy with others' views of that kind.</summary>
public sealed class ComputeBusyException(ComputeKind kind, int waitedSeconds)
    : ComputeLimitException($"The server is busy computing other {Describe(kind)} views (waited {waitedSeconds} s): try again in a moment.")
{
    /// <summary>503 Service Unavailable: a temporary state, worth a retry.</summary>
    public override int StatusCode => 503;

    /// <summary>Seconds a client may wait before retrying (the Retry-After header).</summary>
    public int RetryAfterSeconds => Math.Max(1, waitedSeconds);

    internal static string Describe(ComputeKind kind) => kind switch
    {
        ComputeKind.Rules => "basket-rule",
        ComputeKind.Sequences => "sequence",
        ComputeKind.WhiteSpace => "white-space",
        ComputeKind.Offers => "offer",
        ComputeKind.Opportunities => "opportunity",
        ComputeKind.Intervals => "purchase-interval",
        ComputeKind.CustomerSearch => "customer-search",
        ComputeKind.CustomerProfile => "customer-profile",
        ComputeKind.ServiceChannels => "service channels",
        ComputeKind.ServiceComplaints => "service complaints",
        ComputeKind.ServiceReturns => "service returns",
        ComputeKind.ServiceTexts => "complaint-text",
        ComputeKind.ServiceAttribution => "contact follow-up",
        ComputeKind.LoyaltyLive => "loyalty",
        _ => "report",
    };
}

/// <summary>A computation ran past its time budget and was stopped: the filter asks for more work than one request may do.</summary>
public sealed class ComputeBudgetException(ComputeKind kind, int seconds)
    : ComputeLimitException($"This {ComputeBusyException.Describe(kind)} view took longer than its {seconds} s budget and was stopped: " +
        "narrow the filter (a shorter period, a higher minimum, a shorter horizon) and try again.")
{
    /// <summary>400: the request asked for too much; the same filter would be stopped again.</summary>
    public override int StatusCode => 400;
}
