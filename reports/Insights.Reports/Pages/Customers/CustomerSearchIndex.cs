using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Warehouse;
using Microsoft.Extensions.Logging;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// The in-memory customer search index of the warehouse's current state (<see cref="CustomerNameIndex"/>), read in the
/// background as one of the site's warm-ups (at start and after every state change), never in a request: until it is read
/// for the current state, <see cref="CustomerSearchQuery"/> searches with SQL as before, so a site whose warm-up is off (the
/// tests', the CLI) searches as it always did. At SF10 it holds a million customers in about 130 MB and is read in a few
/// seconds; the previous state's index is let go before the next is read, so there is never more than one.
/// </summary>
public sealed partial class CustomerSearchIndex(DuckDbWarehouse warehouse, CustomerPageCache cache, ComputeGate gate,
    ILogger<CustomerSearchIndex> logger) : IReportWarmUp
{
    readonly Lock _building = new();
    CustomerNameIndex? _current;

    /// <summary>The index read at <paramref name="state"/> (<see cref="CustomerPageCache.State"/>), or null when there is none.</summary>
    public CustomerNameIndex? At(string state) => Volatile.Read(ref _current) is { } index && index.State == state ? index : null;

    /// <inheritdoc />
    public string Name => "customer search";

    /// <inheritdoc />
    /// <remarks>The page cache's state: the after-load scores step commits without a new run, and the index follows it.</remarks>
    public object Key(long state) => cache.State();

    /// <inheritdoc />
    public int Run(CancellationToken cancellation) => Build(cancellation).Count > 0 ? 1 : 0;

    /// <summary>
    /// The index of the current state: the one held when it is of this state, otherwise read now (one read at a time, through
    /// the compute gate under the background budget: at SF10 a few seconds).
    /// </summary>
    public CustomerNameIndex Build(CancellationToken ct)
    {
        lock (_building)
        {
            var state = cache.State();
            if (At(state) is { } held) return held;
            // an index of an older state is never used again: let it go before reading the next, so they never coexist
            Volatile.Write(ref _current, null);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var background = gate.BackgroundBudget();
            var index = gate.Run(ComputeKind.CustomerSearch, ct, token =>
            {
                using var connection = warehouse.OpenConnection();
                return CustomerNameIndexReader.Read(connection, state, token);
            });
            Volatile.Write(ref _current, index);
            Read(logger, index.Count, index.Bytes / (1024 * 1024), watch.ElapsedMilliseconds);
            return index;
        }
    }

    [LoggerMessage(EventId = 3107, Level = LogLevel.Information,
        Message = "Customer search index read: {Customers} customers, {Megabytes} MB, in {Milliseconds} ms")]
    static partial void Read(ILogger logger, int customers, long megabytes, long milliseconds);
}
