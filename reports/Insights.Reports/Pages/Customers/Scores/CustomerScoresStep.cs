using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Insights.Reports.Analytics;
using Insights.Reports.Caching;
using Insights.Reports.Pages.Intervals;
using Insights.Warehouse;
using Insights.Reports.Pages.CrossSell.Offers;
using Microsoft.Extensions.Logging;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// The after-load step that keeps the profile's model figures and offers (mart_customer_score, mart_customer_offer and their
/// fit row mart_customer_score_fit): it fits BG/NBD and Gamma-Gamma through the intervals page's own query with
/// <see cref="CustomerScoreSettings"/>, reads every customer's rhythm the same way, takes the top offers from the cross-sell
/// offers query (every candidate, both ranks: the offers page reads them; the offers reuse this fit), and rewrites the three
/// tables in one transaction. The profile then only looks a customer up.
/// </summary>
public sealed partial class CustomerScoresStep(DuckDbWarehouse warehouse, IntervalsQuery intervals, OffersQuery offers, Limits.ComputeGate gate,
    TimeProvider clock, ILogger<CustomerScoresStep> logger) : IAfterLoad
{
    static readonly string ClearSql = SqlResource.Load<CustomerScoresStep>("customer_score_clear.sql");
    static readonly string FitInsertSql = SqlResource.Load<CustomerScoresStep>("customer_score_fit_insert.sql");
    static readonly string InputsSql = SqlResource.Load<CustomerScoresStep>("customer_score_inputs.sql");
    static readonly string FitStateSql = SqlResource.Load<CustomerScoresStep>("customer_score_fit_state.sql");
    static readonly string UnchangedSql = SqlResource.Load<CustomerScoresStep>("customer_score_fit_unchanged.sql");
    static readonly string LatestRunSql = SqlResource.Load<WarehouseState>("latest_run.sql");

    /// <summary>
    /// The relations the step reads (those customer_score_inputs.sql fingerprints): a load that changed none of them since the
    /// marts were last current leaves them as they are, and the step only records the run (<see cref="RunChanges"/>), without
    /// reading anything. Customer versions (dim_customer) are not among them, as in the fingerprint: a new version gets a new
    /// key and changes no order line's.
    /// </summary>
    public static readonly IReadOnlyList<string> Inputs =
        ["mart_customer_purchase_day", "fct_order_line", "mart_customer_rfm", "dim_product", "fct_return", "fct_complaint"];

    // a new build of the reports (another ranking of the offers, other settings) must fit again even on unchanged rows
    static readonly string CodeVersion = typeof(CustomerScoresStep).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    // one writer of these tables at a time: a load's step and the site's catch-up must not interleave their rewrites
    readonly SemaphoreSlim _writer = new(1, 1);

    /// <inheritdoc />
    public string Name => "customer scores";

    /// <summary>
    /// Brings the marts up to the committed run <paramref name="runId"/>: fits and rewrites them, or, when nothing they read has
    /// changed since their fit (a load of contacts or complaints), only records that they are current for this run.
    /// </summary>
    public void Run(long runId, CancellationToken ct)
    {
        _writer.Wait(ct);
        try
        {
            Update(runId, ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Brings the marts up to the latest finished run when they are older or missing (a warehouse loaded before they existed, or a
    /// step that failed after a load); returns whether it had to.
    /// </summary>
    public bool Refresh(CancellationToken ct)
    {
        _writer.Wait(ct);
        try
        {
            var (latest, current) = Runs();
            if (current is { } run && run >= latest) return false;
            Update(latest, ct);
            return true;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>The latest finished run and the run the marts are current for (null: never fitted).</summary>
    public (long Latest, long? Fitted) Runs()
    {
        using var connection = warehouse.OpenConnection();
        return (connection.ExecuteScalar<long>(LatestRunSql), State(connection)?.CurrentRunId);
    }

    void Update(long runId, CancellationToken ct)
    {
        string inputs;
        FitState? state;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (var connection = warehouse.OpenConnection())
        {
            state = State(connection);
            // what the loads since the marts were current changed, as they recorded it: none of the step's inputs (a contacts
            // load, a run that only built a pending mart of another report) means the same rows again, so not even the
            // fingerprint's scan of the inputs is paid (issue 22: the steps after a load cost what changed)
            if (state is { } current && current.CurrentRunId < runId && current.Fingerprint.EndsWith("|" + CodeVersion, StringComparison.Ordinal)
                && InputsUnchanged(connection, current.CurrentRunId, runId))
            {
                using var writer = warehouse.OpenWriteConnection();
                writer.ExecuteNonQuery(UnchangedSql, ("run_id", runId));
                Skipped(logger, runId, current.CurrentRunId);
                return;
            }
            inputs = connection.ExecuteScalar<string>(InputsSql) + "|" + CodeVersion;
        }
        Fingerprinted(logger, runId, watch.ElapsedMilliseconds);
        if (state?.Fingerprint == inputs)
        {
            using var connection = warehouse.OpenWriteConnection();
            connection.ExecuteNonQuery(UnchangedSql, ("run_id", runId));
            Unchanged(logger, runId);
            return;
        }
        // no request waits for this: the fit and the offers of a million customers run under the background budget, not a page's
        using var budget = gate.BackgroundBudget();
        FitAndWrite(runId, inputs, ct);
    }

    /// <summary>
    /// Whether the marts written for run <paramref name="fittedRunId"/> hold the rows of run <paramref name="runId"/> too: every
    /// load after it recorded what it changed (etl_run_change) and none changed a relation the step reads (<see cref="Inputs"/>).
    /// The step then only records the run; a reader (the offers page) may read them as current, though the loads that changed
    /// nothing never ran the step (a run that lands nothing runs no after-load step at all).
    /// </summary>
    public static bool InputsUnchanged(DuckDBConnection connection, long fittedRunId, long runId) =>
        fittedRunId >= runId || RunChanges.Since(connection, fittedRunId, runId) is { } changed && !Inputs.Any(changed.Contains);

    sealed record FitState(long CurrentRunId, string Fingerprint);

    static FitState? State(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(FitStateSql);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new FitState(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// Fits the models and rewrites the three tables in one transaction (readers see the old rows or the new), a stage at a time so
    /// that each stage's per-customer objects are let go before the next needs memory: the scores and rhythms (written, then
    /// dropped), the offers prepared from the fit (then the fit's customers dropped), the offers scored as they are appended, and
    /// the checks and commit with none of them held. At SF10 (880 k customers) holding all of them to the commit took the
    /// process to 2.2 GB: about 1 GB of objects beside DuckDB's own 0.9 GB.
    /// </summary>
    void FitAndWrite(long runId, string inputs, CancellationToken ct)
    {
        // DuckDB gives up what this step's own heap holds (Warehouse:ScoresMemoryLimit) while it holds it
        using var memory = warehouse.BeginScoresStep();
        var fittedAt = clock.GetUtcNow().UtcDateTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var stages = Fit(ct);
        var fitted = watch.ElapsedMilliseconds;

        using var connection = warehouse.OpenWriteConnection();
        using var transaction = connection.BeginTransaction();
        connection.ExecuteNonQuery(ClearSql);
        CustomerScoreFit fit;
        long offerCount = 0;
        if (!stages.HasModel)
            fit = new(runId, fittedAt, null, null, null);
        else
        {
            // each stage in a method of its own, handed `stages`: a value this method loaded (even as a call's argument) stays
            // in its frame to the end, as a heap dump showed of the offers' iterator, holding the whole offers model to the commit
            WriteScores(connection, runId, stages, ct);
            fit = PrepareOffers(runId, fittedAt, stages, fitted, watch, ct);
            offerCount = AppendOffers(connection, runId, stages, ct);
        }
        // the stages' objects are garbage now, but only allocations would collect them; DuckDB's checks and commit allocate
        // natively, beside them: collect them (compacting, so the heap gives the memory back) before the commit's peak
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        // the heap is given back: DuckDB's limit too, for the copy, checks and commit over the transaction's rows (at 600MB the
        // segment builder's copy of a first SF10 load's third refit ran out of memory)
        memory.Dispose();
        InsertFit(connection, fit with { InputsFingerprint = inputs }, offerCount);
        Segments.SegmentCustomerScores.Copy(connection);   // the segment builder's copy of the figures changes with them
        // a write that breaks a data check is not committed: the transaction rolls back and readers keep the last good scores
        if (ScoreChecks.Failed(connection) is { Count: > 0 } failed)
            throw new InvalidOperationException($"The customer scores of run {runId} break their data checks ({string.Join(", ", failed)}); nothing was written.");
        warehouse.Gate.Commit(transaction);
        Written(logger, runId, fit.Model?.Scored ?? 0, offerCount, watch.ElapsedMilliseconds - fitted);
        // and again once done: the heap keeps what the stages took, committed, though next to nothing of it is live, and the next
        // source's load then runs beside it (measured after the SF10 refit: 59 MiB live, 440 MiB committed, working set 777 MiB;
        // collected, 121 MiB committed, 429 MiB; a first SF10 load's contacts load ran at 1.5-1.8 GiB after the operational refit)
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// What one stage hands to the next. A stage's objects are let go by setting its field here: a local of
    /// <see cref="FitAndWrite"/> (or a temporary the compiler keeps in its frame) would hold a million customers' objects to the
    /// commit, as measured.
    /// </summary>
    sealed class Stages
    {
        public IntervalsModelResult? Model;
        public bool HasModel => Model is not null;
        public IReadOnlyList<CustomerGaps> Gaps = [];
        public IReadOnlyList<CategoryOverdue> CategoryOverdue = [];
        public IReadOnlyList<CategoryCycle> CategoryCycles = [];
        IEnumerable<OfferMartRow> _offers = [];

        public void GiveOffers(IEnumerable<OfferMartRow> rows) => _offers = rows;

        /// <summary>The offers to append, no longer held here.</summary>
        public IEnumerable<OfferMartRow> TakeOffers()
        {
            var rows = _offers;
            _offers = [];
            return rows;
        }
    }

    // the fit and every customer's rhythm; its own frame, so nothing of it outlives the returned stages
    [MethodImpl(MethodImplOptions.NoInlining)]
    Stages Fit(CancellationToken ct)
    {
        if (intervals.Resolve(CustomerScoreSettings.Intervals()) is not { } settings) return new();
        // the intervals page's own category rule, for the segment builder's "overdue in a category" (migration 0042), and the
        // cycles of the same gaps, which the page's category section reads for the view this fit answers (migration 0074)
        var (cycles, overdue) = intervals.CategorySection(settings, ct);
        return new()
        {
            Model = intervals.Model(settings, ct),
            Gaps = intervals.Gaps(settings, ct),
            CategoryOverdue = overdue,
            CategoryCycles = cycles,
        };
    }

    // the scores and rhythms, then let go
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void WriteScores(DuckDBConnection connection, long runId, Stages stages, CancellationToken ct)
    {
        var model = stages.Model!;
        AppendScores(connection, runId, model, stages.Gaps, ct);
        AppendCategoryOverdue(connection, runId, model.Settings.CalibrationEnd, stages.CategoryOverdue, ct);
        AppendCategoryCycles(connection, runId, model.Settings.CalibrationEnd, stages.CategoryCycles);
        (stages.Gaps, stages.CategoryOverdue, stages.CategoryCycles) = ([], [], []);
    }

    // prepares the offers from the fit, hands them on and lets the fit's customers go; returns the fit row's figures
    [MethodImpl(MethodImplOptions.NoInlining)]
    CustomerScoreFit PrepareOffers(long runId, DateTime fittedAt, Stages stages, long fitted, System.Diagnostics.Stopwatch watch, CancellationToken ct)
    {
        var (summary, fit) = TakeFit(stages);
        var (offers, problem) = Offers(runId, fit, ct);
        stages.GiveOffers(offers.Rows);
        Computed(logger, runId, summary.Scored, summary.Trusted, fitted, watch.ElapsedMilliseconds - fitted);
        return new(runId, fittedAt, summary, problem is null ? offers.Summary : null, problem);
    }

    // the fit row needs the parameters and verdicts only, the offers the fit's arrays (OfferFit): the fit's customer objects are
    // let go before the offers read every customer's history, the step's peak (measured at SF10)
    [MethodImpl(MethodImplOptions.NoInlining)]
    static (IntervalsModelResult Summary, OfferFit Fit) TakeFit(Stages stages)
    {
        var model = stages.Model!;
        stages.Model = null;
        return (model with { Customers = [], Validation = [] }, OfferFit.From(model));
    }

    // the offers model is the costlier half (measured at SF10: about 3 times the fit): when it runs out of its compute budget
    // the scores are still worth writing, and the profile says why the offers are missing. The offers take the scores' BG/NBD
    // fit (the same purchase days, calibration end and horizon), so a load fits it once.
    (OfferCandidateSet Rows, string? Problem) Offers(long runId, OfferFit fit, CancellationToken ct)
    {
        try
        {
            return (offers.Candidates(CustomerScoreSettings.Offers(), fit, ct), null);
        }
        catch (Limits.ComputeLimitException e)
        {
            OffersRefused(logger, e, runId);
            return (new(null, []), "The offers were not computed after this load: " + e.Message);
        }
    }

    static void AppendScores(DuckDBConnection connection, long runId, IntervalsModelResult model, IReadOnlyList<CustomerGaps> rhythms, CancellationToken ct)
    {
        var settings = model.Settings;
        var days = settings.Unit.Days();
        // both read the purchase days on or before the calibration end: the same customers
        var gaps = rhythms.ToDictionary(g => g.CustomerId);
        using var appender = connection.CreateAppender("mart_customer_score");
        var written = 0;
        foreach (var c in model.Customers)
        {
            if (written++ % 4096 == 0) ct.ThrowIfCancellationRequested();
            var g = gaps[c.CustomerId];
            var overdue = IntervalsQuery.OverdueCustomers([g], settings.OverdueFactor).Any();
            appender.CreateRow()
                .AppendValue(c.CustomerId).AppendValue(runId).AppendValue(settings.CalibrationEnd).AppendValue(g.LastPurchaseOn)
                .AppendValue(g.PurchaseDays).AppendValue(c.Frequency).AppendValue((int)Math.Round(c.Recency * days))
                .AppendValue((int)Math.Round(c.T * days)).AppendValue(c.MeanRepeatSpend)
                .AppendValue(c.ProbabilityAlive).AppendValue(c.ExpectedPurchases).AppendValue(c.ExpectedAverageSpend).AppendValue(c.Clv)
                .AppendValue(g.MeanGapDays).AppendValue(g.MedianGapDays).AppendValue(g.DaysSinceLast).AppendValue(g.OverdueRatio)
                .AppendValue(overdue)
                .AppendValue(g.GapCv).AppendValue(g.MeanDayAmount).AppendValue(g.TotalAmount)   // migration 0047: the win-back list's
                .EndRow();
        }
    }

    static void AppendCategoryOverdue(DuckDBConnection connection, long runId, DateOnly asOf, IReadOnlyList<CategoryOverdue> rows, CancellationToken ct)
    {
        using var appender = connection.CreateAppender("mart_customer_category_overdue");
        var written = 0;
        foreach (var o in rows)
        {
            if (written++ % 4096 == 0) ct.ThrowIfCancellationRequested();
            appender.CreateRow().AppendValue(o.CustomerId).AppendValue(o.Category).AppendValue(runId).AppendValue(asOf)
                .AppendValue(o.LastPurchaseOn).AppendValue(o.PurchaseDays).AppendValue(o.MedianCycleDays).AppendValue(o.DaysSinceLast)
                .AppendValue(o.OverdueRatio).EndRow();
        }
    }

    static void AppendCategoryCycles(DuckDBConnection connection, long runId, DateOnly asOf, IReadOnlyList<CategoryCycle> cycles)
    {
        using var appender = connection.CreateAppender("mart_category_cycle");
        foreach (var c in cycles)
            appender.CreateRow().AppendValue(c.Category).AppendValue(runId).AppendValue(asOf).AppendValue(c.Gaps).AppendValue(c.MeanGapDays)
                .AppendValue(c.P25GapDays).AppendValue(c.MedianGapDays).AppendValue(c.P75GapDays).AppendValue(c.GapsPerWeek).EndRow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long AppendOffers(DuckDBConnection connection, long runId, Stages stages, CancellationToken ct)
    {
        using var appender = connection.CreateAppender("mart_customer_offer");
        long written = 0;
        foreach (var (o, revenueRank, alive) in stages.TakeOffers())
        {
            if (written++ % 4096 == 0) ct.ThrowIfCancellationRequested();
            appender.CreateRow().AppendValue(o.CustomerId).AppendValue(o.Rank).AppendValue(runId).AppendValue(o.Item)
                .AppendValue(o.Score).AppendValue(o.Basis).AppendValue(o.Reason)
                .AppendValue(revenueRank).AppendValue(o.Category).AppendValue(o.Segment).AppendValue(o.ExpectedPurchases).AppendValue(alive)
                .AppendValue(o.DueInDays).EndRow();
        }
        return written;
    }

    static void InsertFit(DuckDBConnection connection, CustomerScoreFit fit, long offerCount)
    {
        var model = fit.Model;
        var s = model?.Settings;
        var bg = model?.BgNbd.Parameters;
        var gg = model?.GammaGamma.Parameters;
        var defaults = CustomerScoreSettings.Intervals();
        var offers = fit.Offers;
        connection.ExecuteNonQuery(FitInsertSql,
            ("run_id", fit.RunId), ("inputs_fingerprint", fit.InputsFingerprint), ("fitted_at", fit.FittedAt), ("as_of_date", s?.CalibrationEnd), ("count_customers", model?.Scored ?? 0),
            ("count_offers", offerCount), ("horizon_days", CustomerScoreSettings.HorizonDays),
            ("clv_months", s?.ClvMonths ?? defaults.ClvMonths), ("discount_rate", s?.DiscountRate ?? defaults.DiscountRate),
            ("margin", s?.Margin ?? defaults.Margin), ("overdue_factor", s?.OverdueFactor ?? defaults.OverdueFactor),
            ("bg_nbd_r", Finite(bg?.R)), ("bg_nbd_alpha", Finite(bg?.Alpha)), ("bg_nbd_a", Finite(bg?.A)), ("bg_nbd_b", Finite(bg?.B)),
            ("gamma_gamma_p", Finite(gg?.P)), ("gamma_gamma_q", Finite(gg?.Q)), ("gamma_gamma_v", Finite(gg?.V)),
            ("is_trusted", model?.BgNbd.Diagnostics.Trusted ?? false), ("is_spend_trusted", model?.Trusted ?? false),
            ("bg_nbd_diagnosis", model?.BgNbd.Diagnostics.Message ?? CustomerScoreFit.NoPurchases),
            ("gamma_gamma_diagnosis", model?.GammaGamma.Diagnostics.Message ?? CustomerScoreFit.NoPurchases),
            ("offers_problem", model is null ? CustomerScoreFit.NoPurchases : fit.OffersProblem),
            ("offers_level", offers?.Level), ("offers_as_of", offers?.AsOf), ("offers_horizon_days", offers?.Horizon),
            ("offers_customers", offers?.Customers), ("offers_min_count", offers?.MinCount), ("offers_pair_rules", offers?.PairRules),
            ("offers_has_segments", offers?.HasSegments), ("offers_modelled", offers?.Modelled), ("offers_model_note", offers?.ModelNote),
            ("category_overdue_run_id", model is null ? null : fit.RunId),   // Write appends the category overdue rows with every model
            ("category_cycle_run_id", model is null ? null : fit.RunId));   // and the category cycles
    }

    static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Customer scores for run {RunId}: {Customers} customers fitted (trusted {Trusted}) in {FitMs} ms, offers prepared in {OffersMs} ms")]
    static partial void Computed(ILogger logger, long runId, int customers, bool trusted, long fitMs, long offersMs);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "Customer scores inputs for run {RunId} fingerprinted in {Milliseconds} ms")]
    static partial void Fingerprinted(ILogger logger, long runId, long milliseconds);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "Customer scores unchanged by run {RunId}: nothing they read changed")]
    static partial void Unchanged(ILogger logger, long runId);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Information,
        Message = "Customer scores skipped for run {RunId}: no load since run {CurrentRunId} changed what they read")]
    static partial void Skipped(ILogger logger, long runId, long currentRunId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Customer offers for run {RunId} not computed; the scores are written without them")]
    static partial void OffersRefused(ILogger logger, Exception exception, long runId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Customer scores for run {RunId} written: {Customers} customers, {Offers} offers in {Milliseconds} ms")]
    static partial void Written(ILogger logger, long runId, int customers, long offers, long milliseconds);
}
