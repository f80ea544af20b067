using System.Data.Common;
using System.Globalization;
using Insights.Reports.Caching;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// The loyalty report's numbers, for the page and `insights report loyalty`: RFM segments, segment migration, cohort retention,
/// price behaviour, service and loyalty, and the customers behind each number. Every view is one statement over the population
/// macros of migration 0014 (loyalty_customers, ...), bound with $source: the marts for the default view, else the orders;
/// aggregates are cached per warehouse state.
/// </summary>
public sealed class LoyaltyQuery(DuckDbWarehouse warehouse, LoyaltyCache cache, ComputeGate gate, WarehouseState state, SegmentScopes segments)
{
    static readonly string GridSql = SqlResource.Load<LoyaltyQuery>("rfm_grid.sql");
    static readonly string MigrationSql = SqlResource.Load<LoyaltyQuery>("migration.sql");
    static readonly string CohortsSql = SqlResource.Load<LoyaltyQuery>("cohorts.sql");
    static readonly string RepeatSql = SqlResource.Load<LoyaltyQuery>("repeat.sql");
    static readonly string PriceSql = SqlResource.Load<LoyaltyQuery>("price.sql");
    static readonly string ServiceSql = SqlResource.Load<LoyaltyQuery>("service.sql");
    static readonly string CustomersSql = SqlResource.Load<LoyaltyQuery>("customer_list.sql");
    static readonly string CustomerChunksSql = SqlResource.Load<LoyaltyQuery>("customer_list_chunks.sql");
    static readonly string MartAsOfSql = SqlResource.Load<LoyaltyQuery>("mart_as_of.sql");
    static readonly string ChoicesSql = SqlResource.Load<LoyaltyQuery>("choices.sql");
    static readonly string ScoreMapSql = SqlResource.Load<LoyaltyQuery>("score_map.sql");

    /// <summary>
    /// Customers per chunk of the customers download (<see cref="SortedChunks"/>): a chunk's rows are sorted on their own, so a
    /// download holds one chunk's rows in DuckDB, not the population's (issue 22; at SF10 the sort held 215 MiB whole, 6 MiB a
    /// chunk of 20,000). Every chunk scans the current names again (about 0.2 s at SF10), so 18 chunks of 50,000 at SF10.
    /// </summary>
    public int ChunkCustomers { get; init; } = 50_000;

    /// <summary>The values each filter may take, and the default as-of date.</summary>
    public LoyaltyChoices Choices() => cache.GetOrAdd(LatestRun(), "choices", () =>
    {
        using var connection = warehouse.OpenConnection();
        DateOnly? latest = null;
        var regions = new List<string>(); var channels = new List<string>(); var categories = new List<string>();
        using var command = connection.CreateCommand(ChoicesSql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var value = reader.GetString(1);
            switch (reader.GetString(0))
            {
                case "as_of": latest = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                case "region": regions.Add(value); break;
                case "channel": channels.Add(value); break;
                case "category": categories.Add(value); break;
            }
        }
        return new LoyaltyChoices(latest, regions, channels, categories);
    });

    /// <summary>The score map: the segment of each (R, F) cell (ref_rfm_segment).</summary>
    public IReadOnlyDictionary<(int R, int F), string> ScoreMap() =>
        // cached as the rows, the map built from them per call (a few dozen cells)
        cache.GetOrAdd(LatestRun(), "score-map", () => Read(ScoreMapSql, [], r => new GridCell(r.GetInt32(0), r.GetInt32(1), r.GetString(2), 0, 0)))
            .ToDictionary(c => (c.R, c.F), c => c.Segment);

    /// <summary>
    /// Checks <paramref name="filter"/> against its own rules (<see cref="LoyaltyFilter"/>'s attributes) and the warehouse's
    /// values (<see cref="Choices"/>), and fills the default date.
    /// </summary>
    /// <exception cref="LoyaltyFilterException">A rule broken, a region, channel or category the warehouse does not know, or a
    /// saved segment that cannot be applied.</exception>
    public LoyaltyScope Resolve(LoyaltyFilter filter)
    {
        var problems = FilterProblems.Of(filter);
        if (problems.Count > 0) throw new LoyaltyFilterException(string.Join(" ", problems));
        var choices = Choices();
        if (filter.AsOf is { } asked && choices.LatestAsOf is { } latest && asked.DayNumber - latest.DayNumber >= LoyaltyFilter.MaxDaysAfterData)
        {
            var lastOrder = latest.AddDays(-1);
            throw new LoyaltyFilterException(string.Create(CultureInfo.InvariantCulture,
                $"As of {asked:yyyy-MM-dd} is {asked.DayNumber - lastOrder.DayNumber:N0} days after the last completed order ({lastOrder:yyyy-MM-dd}): every recency would be measured across that time without orders. Choose a day up to {lastOrder.AddDays(LoyaltyFilter.MaxDaysAfterData):yyyy-MM-dd}, or leave As of empty for the day after the last order."));
        }
        SegmentScope? segment;
        try
        {
            segment = segments.Resolve(filter.SegmentId, CancellationToken.None);
        }
        catch (SegmentScopeException e)
        {
            throw new LoyaltyFilterException(e.Message);
        }
        return new LoyaltyScope(filter.View, filter.AsOf ?? choices.LatestAsOf ?? DateOnly.FromDateTime(DateTime.UnixEpoch), filter.Period,
            Known("region", filter.Region, choices.Regions), Known("channel", filter.Channel, choices.Channels),
            Known("category", filter.Category, choices.Categories), segment);
    }

    /// <summary>The saved segments the filter form offers.</summary>
    public IReadOnlyList<SegmentOption> SegmentOptions() => segments.Options();

    /// <summary>Segments with sizes, revenue shares and average order value, and the R x F segment map.</summary>
    public RfmResult Rfm(LoyaltyScope scope) => Cached(scope, "rfm", () => ReadRfm(scope));

    RfmResult ReadRfm(LoyaltyScope scope, CancellationToken ct = default)
    {
        var cells = Read(GridSql, Parameters(scope, false), ct, r => (Cell: new GridCell(r.GetInt32(0), r.GetInt32(1),
            r.GetString(2), r.GetInt64(4), r.GetDecimal(5)), Rank: r.GetInt32(3), Orders: r.GetInt64(6), Recency: r.GetInt64(7)));
        // a segment is a set of cells: its figures are sums over them (one scan of the customers for both tables)
        var customers = cells.Sum(c => c.Cell.Customers);
        var revenue = cells.Sum(c => c.Cell.NetAmount);
        var segments = cells.GroupBy(c => (c.Cell.Segment, c.Rank)).OrderBy(g => g.Key.Rank).Select(g =>
        {
            var n = g.Sum(c => c.Cell.Customers);
            var net = g.Sum(c => c.Cell.NetAmount);
            return new SegmentRow(g.Key.Segment, n, customers == 0 ? 0 : (double)n / customers, net,
                revenue == 0 ? 0 : (double)(net / revenue), g.Sum(c => c.Orders), (double)g.Sum(c => c.Recency) / n);
        }).ToList();
        return new RfmResult(segments, [.. cells.Select(c => c.Cell)]);
    }

    /// <summary>How customers moved between segments from one period before the as-of date to the as-of date.</summary>
    public MigrationResult Migration(LoyaltyScope scope) => Cached(scope, "migration", () => ReadMigration(scope));

    MigrationResult ReadMigration(LoyaltyScope scope, CancellationToken ct = default) =>
        new(scope.PreviousAsOf, scope.AsOf,
            Read(MigrationSql, Parameters(scope, true), ct, r => new MigrationCell(r.GetString(0), r.GetString(1), r.GetInt64(2))));

    /// <summary>Monthly first-purchase cohorts by months since, and the repeat-purchase summary.</summary>
    public CohortResult Cohorts(LoyaltyScope scope) => Cached(scope, "cohorts", () => ReadCohorts(scope));

    CohortResult ReadCohorts(LoyaltyScope scope, CancellationToken ct = default)
    {
        // the cohort mart holds everyone's cells: a segment's grid is computed from its members' orders (behind the gate)
        (string, object?)[] parameters = scope.Segment is null ? Parameters(scope, false) : [.. scope.Parameters(false), ("source", LiveSource)];
        var cells = Read(CohortsSql, parameters, ct, r => new CohortCell(r.GetFieldValue<DateOnly>(0), r.GetInt32(1),
            r.GetInt64(2), r.GetInt64(3)));
        var repeat = Read(RepeatSql, Parameters(scope, false), ct, r => new RepeatSummary(r.GetInt64(0), r.GetInt64(1),
            r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDouble(3)))[0];
        return new CohortResult(cells, repeat);
    }

    /// <summary>Customers by price behaviour: brand loyal, mixed, deal seeker, single purchase.</summary>
    public IReadOnlyList<PriceRow> Price(LoyaltyScope scope) => Cached(scope, "price", () => ReadPrice(scope));

    IReadOnlyList<PriceRow> ReadPrice(LoyaltyScope scope, CancellationToken ct = default) =>
        Read(PriceSql, Parameters(scope, false), ct, r => new PriceRow(r.GetString(0), r.GetInt64(1), r.GetDecimal(2), r.GetDecimal(3),
            r.GetDouble(4)));

    /// <summary>Retention after a complaint (by how it was handled) and after a return, against customers without one.</summary>
    public IReadOnlyList<ServiceRow> Service(LoyaltyScope scope) => Cached(scope, "service", () => ReadService(scope));

    IReadOnlyList<ServiceRow> ReadService(LoyaltyScope scope, CancellationToken ct = default) =>
        Read(ServiceSql, Parameters(scope, false), ct, r => new ServiceRow(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));

    /// <summary>
    /// The customers behind a number, biggest spender first: all of them (for an export: read once, not cached), or the first
    /// <paramref name="limit"/> (a page's list: cached per warehouse state like the views, so a list clicked again or by another
    /// user is not recomputed).
    /// </summary>
    public IReadOnlyList<LoyaltyCustomer> Customers(LoyaltyScope scope, LoyaltySelection selection, int? limit = null) =>
        limit is null ? ReadCustomers(scope, selection, null)
        : Cached(scope, $"customers|{limit}|{selection.Key}", () => ReadCustomers(scope, selection, limit));

    IReadOnlyList<LoyaltyCustomer> ReadCustomers(LoyaltyScope scope, LoyaltySelection selection, int? limit, CancellationToken ct = default) =>
        Read(CustomersSql, CustomerParameters(scope, selection, limit), ct, Customer);

    /// <summary>
    /// Every customer behind <paramref name="selection"/>, biggest spender first, for an export: from the marts (the default view)
    /// read as the rows are enumerated, in DuckDB's streaming mode and a chunk of <see cref="ChunkCustomers"/> at a time, so a
    /// million rows start at once and neither DuckDB nor the site holds them all (measured at SF10: 18.6 s to the first byte when
    /// the list was read whole, and its memory taken beside a load); a view over the order lines is read whole behind its gate,
    /// as <see cref="Customers"/> does.
    /// </summary>
    public IEnumerable<LoyaltyCustomer> StreamCustomers(LoyaltyScope scope, LoyaltySelection selection, CancellationToken ct)
    {
        var parameters = CustomerParameters(scope, selection, null, chunk: false);
        return parameters.Any(p => p.Item1 == "source" && Equals(p.Item2, LiveSource))
            ? ReadCustomers(scope, selection, null, ct)
            : Stream(scope, parameters, ct);
    }

    // customer_list.sql's parameters; a page's list and a list read whole are one chunk: every customer (the chunk's bounds null)
    (string, object?)[] CustomerParameters(LoyaltyScope scope, LoyaltySelection selection, int? limit, bool chunk = true) =>
        [.. Parameters(scope, selection.FromSegment is not null), .. selection.Parameters(true), ("limit", limit),
            .. chunk ? SortedChunks.Parameters(null, null) : []];

    static LoyaltyCustomer Customer(DbDataReader r) =>
        new(r.GetInt32(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.GetString(4), r.GetString(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt64(10),
            r.GetDecimal(11), r.GetDouble(12), r.GetFieldValue<DateOnly>(13), r.GetFieldValue<DateOnly>(14));

    // rows as they are enumerated, a chunk at a time, the first chunk's query run now (before a download's response starts: a
    // failure is a status, not a cut body); the connection (and its share of the commit gate) is held until the enumeration ends
    // or the rows are disposed, in one transaction: every chunk reads the committed state the first one read
    StreamedRows<LoyaltyCustomer> Stream(LoyaltyScope scope, (string, object?)[] parameters, CancellationToken ct)
    {
        var rows = new StreamedRows<LoyaltyCustomer>();
        try
        {
            var connection = rows.Own(warehouse.OpenConnection());
            rows.Own(connection.BeginTransaction());
            var starts = SortedChunks.Starts(connection, CustomerChunksSql,
                [.. Parameters(scope, false).Where(p => p.Item1 != "prev_as_of"), ("customers", ChunkCustomers)], ct);
            return SortedChunks.Read(rows, connection, CustomersSql, parameters, starts, Customer, ct);
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    /// <summary>
    /// True when <paramref name="scope"/> is the view the marts precompute (no region, channel or category, as of the mart's
    /// date), so the views read mart_customer_rfm and mart_loyalty_cohort instead of the order lines.
    /// </summary>
    public bool UsesMart(LoyaltyScope scope) =>
        scope.Region is null && scope.Channel is null && scope.Category is null &&
        cache.GetOrAdd(LatestRun(), "mart-as-of", () =>
        {
            using var connection = warehouse.OpenConnection();
            return connection.ExecuteScalar<string?>(MartAsOfSql) ?? "";
        }) == scope.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // the scope's parameters and $source: which branch of the population macros a view reads
    (string, object?)[] Parameters(LoyaltyScope scope, bool withPrevious) =>
        [.. scope.Parameters(withPrevious), ("source", UsesMart(scope) ? MartSource : LiveSource)];

    const string MartSource = "mart";
    const string LiveSource = "live";

    T Cached<T>(LoyaltyScope scope, string view, Func<T> compute) where T : notnull =>
        cache.GetOrAdd(LatestRun(), Key(scope, view), compute);

    ValueTask<T> CachedAsync<T>(LoyaltyScope scope, string view, Func<CancellationToken, T> compute, CancellationToken ct) where T : notnull =>
        cache.GetOrAddAsync(LatestRun(), Key(scope, view), token =>
        {
            token.ThrowIfCancellationRequested();
            return compute(token);
        }, ct);

    static string Key(LoyaltyScope scope, string view) => $"{view}|{scope with { View = view }}";

    /// <summary>
    /// The page's numbers: <paramref name="filter"/> resolved, the chosen view, and the first <paramref name="listLimit"/> + 1
    /// customers behind <paramref name="selection"/> when one is made (one more tells whether there are more). Cached views
    /// are awaited, so a request waiting for another's computation of the same view holds no thread; the token gives up the
    /// wait (the computation goes on for the others).
    /// </summary>
    /// <exception cref="LoyaltyFilterException">A rule broken, or a value the warehouse does not know.</exception>
    public async Task<LoyaltyResult> RunAsync(LoyaltyFilter filter, LoyaltySelection selection, int listLimit, CancellationToken ct)
    {
        var choices = Choices();
        var scope = Resolve(filter);
        var result = new LoyaltyResult(scope, choices, State, listLimit);
        if (choices.LatestAsOf is null) return result;
        result = scope.View switch
        {
            "migration" => result with { Migration = await CachedAsync(scope, "migration", t => ReadMigration(scope, t), ct) },
            "cohorts" => result with { Cohorts = await CachedAsync(scope, "cohorts", t => ReadCohorts(scope, t), ct) },
            "price" => result with { Price = await CachedAsync(scope, "price", t => ReadPrice(scope, t), ct) },
            "service" => result with { Service = await CachedAsync(scope, "service", t => ReadService(scope, t), ct) },
            _ => result with { Rfm = await CachedAsync(scope, "rfm", t => ReadRfm(scope, t), ct) },
        };
        if (!selection.IsAny) return result;
        var limit = listLimit + 1;
        return result with
        {
            Customers = await CachedAsync(scope, $"customers|{limit}|{selection.Key}", t => ReadCustomers(scope, selection, limit, t), ct),
        };
    }

    /// <summary>
    /// A chart (or any text derived from one view's numbers) rendered once per warehouse state: charts are pure functions of
    /// the numbers, and rendering the SVG costs more than reading cached numbers.
    /// </summary>
    public string Rendered(LoyaltyScope scope, string name, Func<string> render) => Cached(scope, "render:" + name, render);

    /// <summary>
    /// The warehouse state the cached results belong to (the latest ETL run id): part of a chart's URL, so a browser may keep
    /// the chart until a load changes the numbers.
    /// </summary>
    public long State => LatestRun();

    long LatestRun() => state.Current;

    // A query over the order lines (a filtered view) scans the whole fact table and can take DuckDB's memory for a while: it
    // runs behind the loyalty gate (ComputeGate: a few at once, a wait budget, a time budget), so a burst of new filters queues
    // or is told to retry instead of exhausting memory; mart reads are not gated.
    IReadOnlyList<T> Read<T>(string sql, (string, object?)[] parameters, Func<DbDataReader, T> map) =>
        Read(sql, parameters, CancellationToken.None, map);

    IReadOnlyList<T> Read<T>(string sql, (string, object?)[] parameters, CancellationToken ct, Func<DbDataReader, T> map) =>
        parameters.Any(p => p.Item1 == "source" && Equals(p.Item2, LiveSource))
            ? gate.Run(ComputeKind.LoyaltyLive, ct, token => ReadNow(sql, parameters, map, token))
            : ReadNow(sql, parameters, map, ct);

    IReadOnlyList<T> ReadNow<T>(string sql, (string, object?)[] parameters, Func<DbDataReader, T> map, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static string? Known(string name, string? value, IReadOnlyList<string> allowed) =>
        Blank(value) is not { } given ? null
        : allowed.FirstOrDefault(a => string.Equals(a, given, StringComparison.OrdinalIgnoreCase))
          ?? throw new LoyaltyFilterException($"Unknown {name} \"{given}\": use one of {string.Join(", ", allowed)}.");
}
