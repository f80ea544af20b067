using System.Globalization;
using Insights.Reports.Pages.Service.Texts;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>
/// The characteristic terms from the load's counts (complaint_terms_marts.sql over mart_complaint_detail and
/// mart_complaint_term_month, migrations 0054-0055) against the term index (complaint_terms.sql): the same rows for every
/// filter of whole months without a segment on the texts world; the query reads the index for a segment, a cut month or a
/// warehouse not loaded since the migration; and an incremental build of the months of a changed complaint equals a full build.
/// </summary>
public sealed class ComplaintTermMonthMartTests : IDisposable
{
    static readonly string IndexSql = SqlResource.Load<ComplaintTermsQuery>("complaint_terms.sql");
    static readonly string MartsSql = SqlResource.Load<ComplaintTermsQuery>("complaint_terms_marts.sql");
    static readonly string BuiltSql = SqlResource.Load<ComplaintTermsQuery>("complaint_term_months_built.sql");

    readonly ServiceWorld _world = new("texts");

    public ComplaintTermMonthMartTests() => TextsWorld.Index(_world.Host.Get<DuckDbWarehouse>());

    public static TheoryData<string?, string?, string?, string?, int> Filters => new()
    {
        { null, null, null, null, 1 },
        { null, null, null, null, 2 },
        { "North", null, null, null, 1 },
        { "South", "2024-03-01", "2024-03-31", null, 1 },
        { null, "2023-01-01", "2023-12-31", null, 1 },
        { null, null, null, "delivery", 1 },
        { "Nowhere", null, null, null, 1 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_loads_counts_give_the_rows_the_index_gives(string? region, string? from, string? to, string? category, int minCount)
    {
        var filter = new TextsFilter
        {
            Region = region, Category = category, MinCount = minCount, Top = 100,
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
        };

        var index = Rows(IndexSql, filter);

        Assert.Equal(index, Rows(MartsSql, filter));
        Assert.Equal(MartsSql, ComplaintTermsQuery.SqlFor(filter, martsBuilt: true));
        if (region is null && from is null && category is null) Assert.NotEmpty(index);   // the world's complaints are of 2024
    }

    [Fact]
    public void A_segment_a_cut_month_or_an_unbuilt_mart_reads_the_index()
    {
        Assert.Equal(IndexSql, ComplaintTermsQuery.SqlFor(new TextsFilter { Segment = "Champions" }, martsBuilt: true));
        Assert.Equal(IndexSql, ComplaintTermsQuery.SqlFor(new TextsFilter { From = new DateOnly(2024, 3, 2) }, martsBuilt: true));
        Assert.Equal(IndexSql, ComplaintTermsQuery.SqlFor(new TextsFilter { To = new DateOnly(2024, 3, 30) }, martsBuilt: true));
        Assert.Equal(IndexSql, ComplaintTermsQuery.SqlFor(new TextsFilter(), martsBuilt: false));
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.True(connection.ExecuteScalar<bool>(BuiltSql));
        connection.ExecuteNonQuery("delete from mart_complaint_term_month");
        Assert.False(connection.ExecuteScalar<bool>(BuiltSql));
    }

    [Fact]
    public void An_incremental_build_for_a_complaint_moved_to_another_month_and_category_equals_a_full_build()
    {
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        var index = ModelRunner.Graph["mart_complaint_term"].Sql;
        var months = ModelRunner.Graph["mart_complaint_term_month"].Sql;
        // complaint 1 (delivery, March 2024) is landed again as a billing complaint of April 2024: the staging view holds both
        // versions, so the build recomputes the month it leaves and the one it enters
        connection.ExecuteNonQuery("""
            create or replace temp table batch_fact_complaints as select 1::bigint as complaint_id;
            update fct_complaint set category = 'billing', opened_at = '2024-04-02 09:00' where complaint_id = 1;
            create or replace temp view stg_complaints as
            select 1::bigint as complaint_id, timestamp '2024-03-01 09:00' as opened_at
            union all select 1, timestamp '2024-04-02 09:00';
            """);
        connection.ExecuteNonQuery(index, ("run_id", 2L), ("full", false));
        connection.ExecuteNonQuery(months, ("run_id", 2L), ("full", false));
        var incremental = Mart(connection);
        connection.ExecuteNonQuery(months, ("run_id", 2L), ("full", true));

        Assert.Equal(Mart(connection), incremental);
        Assert.Contains("2024-04-01|billing|parcel|False|1", incremental);
    }

    static List<string> Mart(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(
            "select strftime(month_start, '%Y-%m-%d'), category, term, is_phrase, count_complaints from mart_complaint_term_month order by all");
        return TextRows.Read(command);
    }

    List<string> Rows(string sql, TextsFilter filter)
    {
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, [.. filter.SharedParameters().Where(p => sql == IndexSql || p.Name is not ("segment" or "segment_id")),
            ("category", filter.CategoryOrNull), ("stop_words", StopWords.List), ("min_count", filter.MinCount), ("top", filter.Top)]);
        return TextRows.Read(command);
    }

    public void Dispose() => _world.Dispose();
}
