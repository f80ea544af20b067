using DuckDB.NET.Data;
using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Intervals;

/// <summary>Reads the purchase histories from the warehouse and computes the purchase-interval report (page and CLI).</summary>
public sealed class IntervalsQuery(DuckDbWarehouse warehouse, ComputeGate gate, AnalyticsCache? cache = null)
{
    static readonly string DatesSql = SqlResource.Load<IntervalsQuery>("purchase_dates.sql");
    static readonly string SummarySql = SqlResource.Load<IntervalsQuery>("customer_summary.sql");
    static readonly string GapsSql = SqlResource.Load<IntervalsQuery>("customer_gaps.sql");
    static readonly string CategoryGapsSql = SqlResource.Load<IntervalsQuery>("category_gaps.sql");
    static readonly string CyclesSql = SqlResource.Load<IntervalsQuery>("category_cycles.sql");
    static readonly string CycleWeeksSql = SqlResource.Load<IntervalsQuery>("category_cycle_weeks.sql");
    static readonly string CategoryOverdueSql = SqlResource.Load<IntervalsQuery>("category_overdue.sql");

    /// <summary>The filter with its defaults filled in from the warehouse; null when there are no purchases yet.</summary>
    public IntervalsSettings? Resolve(IntervalsFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        return Resolve(connection, filter);
    }

    static IntervalsSettings? Resolve(DuckDBConnection connection, IntervalsFilter filter)
    {
        using var command = connection.CreateCommand(DatesSql);
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(1)) return null;
        return IntervalsSettings.From(filter, reader.GetFieldValue<DateOnly>(1));
    }

    /// <summary>Every customer's calibration summary (whole days) and hold-out purchase days.</summary>
    public IReadOnlyList<CustomerSummaryRow> Summary(IntervalsSettings settings)
    {
        using var connection = warehouse.OpenConnection();
        return Summary(connection, settings, CancellationToken.None);
    }

    static List<CustomerSummaryRow> Summary(DuckDBConnection connection, IntervalsSettings settings, CancellationToken ct)
    {
        using var command = connection.CreateCommand(SummarySql, Dates(settings));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<CustomerSummaryRow>();
        while (reader.Read())
            rows.Add(new CustomerSummaryRow(reader.GetInt32(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                reader.GetDouble(4), (int)reader.GetInt64(5)));
        return rows;
    }

    /// <summary>Fits the models and scores every customer; null when there are no purchases yet.</summary>
    public IntervalsModelResult? Model(IntervalsFilter filter) => Resolve(filter) is { } settings ? Model(settings) : null;

    /// <summary>Fits the models and scores every customer, behind the intervals gate (<see cref="ComputeGate"/>).</summary>
    public IntervalsModelResult Model(IntervalsSettings settings, CancellationToken ct = default) =>
        gate.Run(ComputeKind.Intervals, ct, token =>
        {
            using var connection = warehouse.OpenConnection();
            return IntervalsScoring.Score(Summary(connection, settings, token), settings, token);
        });

    /// <summary>Every customer's purchase rhythm up to the calibration end, behind the intervals gate.</summary>
    public IReadOnlyList<CustomerGaps> Gaps(IntervalsSettings settings, CancellationToken ct = default) =>
        gate.Run(ComputeKind.Intervals, ct, token =>
        {
            using var connection = warehouse.OpenConnection();
            return Gaps(connection, settings, token);
        });

    static List<CustomerGaps> Gaps(DuckDBConnection connection, IntervalsSettings settings, CancellationToken ct)
    {
        using var command = connection.CreateCommand(GapsSql, ("calibration_end", settings.CalibrationEnd), SegmentScope.Parameter(settings.Segment));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<CustomerGaps>();
        while (reader.Read())
            rows.Add(new CustomerGaps(reader.GetInt32(0), reader.GetInt64(1), NullableDouble(reader, 2), NullableDouble(reader, 3),
                NullableDouble(reader, 4), (int)reader.GetInt64(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetFieldValue<DateOnly>(8)));
        return rows;
    }

    /// <summary>The replenishment cycle of every category, behind the intervals gate.</summary>
    public IReadOnlyList<CategoryCycle> Categories(IntervalsSettings settings, CancellationToken ct = default) =>
        gate.Run(ComputeKind.Intervals, ct, token =>
        {
            using var connection = CategoryGaps(settings, token);
            return Categories(connection, token);
        });

    /// <summary>
    /// Customers overdue in a category by the settings' overdue factor × the category's median cycle, most overdue first, behind
    /// the intervals gate.
    /// </summary>
    public IReadOnlyList<CategoryOverdue> CategoryOverdue(IntervalsSettings settings, CancellationToken ct = default) =>
        gate.Run(ComputeKind.Intervals, ct, token =>
        {
            using var connection = CategoryGaps(settings, token);
            return CategoryOverdue(connection, settings, token);
        });

    /// <summary>
    /// The replenishment cycle of every category and every customer overdue in one, from one build of the category gaps, behind
    /// the intervals gate: what the after-load scores step keeps (mart_category_cycle, mart_customer_category_overdue).
    /// </summary>
    public (IReadOnlyList<CategoryCycle> Cycles, IReadOnlyList<CategoryOverdue> Overdue) CategorySection(IntervalsSettings settings,
        CancellationToken ct = default) =>
        gate.Run(ComputeKind.Intervals, ct, token =>
        {
            using var connection = CategoryGaps(settings, token);
            return ((IReadOnlyList<CategoryCycle>)Categories(connection, token), (IReadOnlyList<CategoryOverdue>)CategoryOverdue(connection, settings, token));
        });

    // a connection holding this calibration end's category_days and gaps (category_gaps.sql), which the category queries read
    DuckDBConnection CategoryGaps(IntervalsSettings settings, CancellationToken ct)
    {
        var connection = warehouse.OpenConnection();
        try
        {
            BuildCategoryGaps(connection, settings, ct);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    static void BuildCategoryGaps(DuckDBConnection connection, IntervalsSettings settings, CancellationToken ct)
    {
        using var command = connection.CreateCommand(CategoryGapsSql, ("calibration_end", settings.CalibrationEnd), SegmentScope.Parameter(settings.Segment));
        using var stop = command.StopWhen(ct);
        command.ExecuteNonQuery();
    }

    static List<CategoryCycle> Categories(DuckDBConnection connection, CancellationToken ct)
    {
        var weeks = new Dictionary<string, long[]>();
        using (var command = connection.CreateCommand(CycleWeeksSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var category = reader.GetString(0);
                if (!weeks.TryGetValue(category, out var counts)) weeks[category] = counts = new long[27];
                counts[reader.GetInt32(1)] = reader.GetInt64(2);
            }
        var cycles = new List<CategoryCycle>();
        using (var command = connection.CreateCommand(CyclesSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var category = reader.GetString(0);
                cycles.Add(new CategoryCycle(category, reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4),
                    reader.GetDouble(5), weeks.GetValueOrDefault(category) ?? new long[27]));
            }
        return cycles;
    }

    static List<CategoryOverdue> CategoryOverdue(DuckDBConnection connection, IntervalsSettings settings, CancellationToken ct)
    {
        using var command = connection.CreateCommand(CategoryOverdueSql, ("calibration_end", settings.CalibrationEnd), ("factor", settings.OverdueFactor));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<CategoryOverdue>();
        // one string kept per category: the scores step keeps every row (2.3 M at SF10) and they repeat a few dozen names
        var names = new Dictionary<string, string>();
        while (reader.Read())
        {
            var category = reader.GetString(1);
            if (!names.TryGetValue(category, out var name)) names[category] = name = category;
            rows.Add(new CategoryOverdue(reader.GetInt32(0), name, reader.GetInt64(2), reader.GetDouble(3),
                (int)reader.GetInt64(4), reader.GetDouble(5), reader.GetFieldValue<DateOnly>(6)));
        }
        return rows;
    }

    /// <summary>
    /// <see cref="Run"/> for the page. DuckDB.NET runs a command synchronously, so the work runs on the caller's thread, behind
    /// the intervals gate (<see cref="ComputeGate"/>); the token stops the reads, the model fit and the scoring.
    /// </summary>
    public Task<IntervalsResult> RunAsync(IntervalsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>
    /// One section of the page: the models with the top customers in the chosen order and the validation; or the rhythms and
    /// overdue customers; or the category cycles and the customers overdue in a category.
    /// </summary>
    /// <exception cref="IntervalsFilterException">The filter breaks a rule, or the warehouse's dates refuse it.</exception>
    public IntervalsResult Run(IntervalsFilter filter, CancellationToken ct = default)
    {
        if (cache is null) return gate.Run(ComputeKind.Intervals, ct, token => Compute(filter, token));
        // kept per state: the categories (a few dozen rows), the models' page (figures, validation, the first customers in every
        // order, without every customer's scores) and the rhythms' (the histogram's figures and the top overdue, without every
        // customer's gaps), so a view asked before is read while a load runs instead of scanning every purchase day beside it.
        // The order and the number listed only choose rows of the list: one kept result serves them all (another order of the
        // same fit refitted a million customers at SF10, 2.8 s; the categories' other list sizes 17 s)
        var keyed = filter with { Sort = IntervalsFilter.Sorts[0], Limit = MaxListed };
        return cache.Get(ComputeKind.Intervals, keyed, token => Kept(Compute(keyed, token)), _ => true, ct).Listing(filter.Sort, filter.Limit);
    }

    /// <summary>The most customers (or overdue rows) a section lists.</summary>
    public const int MaxListed = 1000;

    static IntervalsResult Kept(IntervalsResult result) => result switch
    {
        { Model: { } model } => result with
        {
            Model = model with { Customers = [] },
            TopCustomersBySort = IntervalsFilter.Sorts.ToDictionary(sort => sort,
                sort => (IReadOnlyList<CustomerScore>)[.. Sorted(model.Customers, sort).Take(MaxListed)], StringComparer.Ordinal),
        },
        { Gaps.Count: > 0 } => result with { Gaps = [], RhythmKept = RhythmFigures.From(result.Gaps) },
        _ => result,
    };

    IntervalsResult Compute(IntervalsFilter filter, CancellationToken ct)
    {
        // one connection in one read-only transaction: the default calibration end and the numbers come from one committed
        // state, even when a load commits between the reads
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();
        var settings = Resolve(connection, filter);
        if (settings is null) return IntervalsResult.Empty();
        ct.ThrowIfCancellationRequested();
        var section = IntervalsFilter.Sections.Contains(filter.Section) ? filter.Section : IntervalsFilter.Sections[0];
        var limit = Math.Clamp(filter.Limit, 1, MaxListed);
        var none = IntervalsResult.Empty($"No customer bought on or before {settings.CalibrationEnd:yyyy-MM-dd}.") with { Section = section };
        switch (section)
        {
            case "rhythm":
                var gaps = Gaps(connection, settings, ct);
                return gaps.Count == 0 ? none : new IntervalsResult(settings, section, null, [], gaps,
                    OverdueCustomers(gaps, settings.OverdueFactor).Take(limit).ToList(), [], [], null);
            case "categories":
                // the default view's cycles and overdue customers as the after-load scores step kept them, when its fit answers
                if (IntervalsMart.KeptCategories(connection, settings, limit, ct) is { } kept)
                    return new IntervalsResult(settings, section, null, [], [], [], kept.Cycles, kept.Overdue, null) { CategoriesKept = true };
                BuildCategoryGaps(connection, settings, ct);
                return new IntervalsResult(settings, section, null, [], [], [], Categories(connection, ct),
                    CategoryOverdue(connection, settings, ct).Take(limit).ToList(), null);
            default:
                var summary = Summary(connection, settings, ct);
                snapshot.Dispose();   // read; the fit needs no snapshot
                var model = IntervalsScoring.Score(summary, settings, ct);
                return model.Customers.Count == 0 ? none : new IntervalsResult(settings, section, model,
                    Sorted(model.Customers, filter.Sort).Take(limit).ToList(), [], [], [], [], null);
        }
    }

    /// <summary>Customers with at least three purchase days whose time since the last one is ≥ factor × their median gap, by value at risk.</summary>
    public static IEnumerable<CustomerGaps> OverdueCustomers(IEnumerable<CustomerGaps> gaps, double factor) =>
        gaps.Where(g => g.PurchaseDays >= 3 && g.OverdueRatio >= factor)
            .OrderByDescending(g => g.ValueAtRisk).ThenBy(g => g.CustomerId);

    /// <summary>The customers in a whitelisted order (anything unknown sorts by CLV).</summary>
    public static IEnumerable<CustomerScore> Sorted(IEnumerable<CustomerScore> customers, string? sort) => sort switch
    {
        "p_alive" => customers.OrderByDescending(c => c.ProbabilityAlive).ThenBy(c => c.CustomerId),
        "expected" => customers.OrderByDescending(c => c.ExpectedPurchases).ThenBy(c => c.CustomerId),
        "frequency" => customers.OrderByDescending(c => c.Frequency).ThenBy(c => c.CustomerId),
        "customer" => customers.OrderBy(c => c.CustomerId),
        _ => customers.OrderByDescending(c => c.Clv).ThenBy(c => c.CustomerId),
    };

    static (string, object?)[] Dates(IntervalsSettings s) =>
        [("calibration_end", s.CalibrationEnd), ("holdout_end", s.HoldoutEnd ?? s.CalibrationEnd), SegmentScope.Parameter(s.Segment)];

    static double? NullableDouble(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
