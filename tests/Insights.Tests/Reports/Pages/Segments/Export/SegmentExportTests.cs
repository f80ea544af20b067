using System.Globalization;
using System.Text.Json;
using Insights.Reports.Export;
using Insights.Reports.Pages.Segments;
using Insights.Reports.Pages.Segments.Export;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Segments.Export;

/// <summary>
/// The export's rows against the segments world (README.md: region South is customers 3, 4 and 6; "Model figures" has their
/// offers), with names, an e-mail and the segment's name starting with + - @ = so the CSV must neutralise them; the Parquet file
/// read back by DuckDB against the CSV; the masked view; the member-source seam; sizes and file names.
/// </summary>
public sealed class SegmentExportTests(SegmentExportTests.World fixture) : IClassFixture<SegmentExportTests.World>, IDisposable
{
    /// <summary>The segments world with formula-looking names, and a saved segment "@South" (customers 3, 4, 6).</summary>
    public sealed class World : IDisposable
    {
        public SegmentsWorld Segments { get; } = new();

        public int SouthId { get; }

        public World()
        {
            using (var connection = Segments.Host.Get<DuckDbWarehouse>().OpenConnection())
                connection.ExecuteNonQuery("""
                    update dim_customer set preferred_name = '+Cy', email = 'cy@example.com' where customer_id = 3 and is_current;
                    update dim_customer set full_name = '-Di May', email = '@di@example.com' where customer_id = 4 and is_current;
                    """);
            SouthId = Segments.Store.Save(new SegmentSave(null, "@South", "", SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]))),
                "test", CancellationToken.None);
        }

        public void Dispose() => Segments.Dispose();
    }

    readonly TempFolder _files = new();

    SegmentExport Export => fixture.Segments.Host.Get<SegmentExport>();

    MemberSource South => MemberSource.SavedSegment(fixture.SouthId);

    // the rows as written by hand from the README: id, preferred, full, e-mail, region, segment, offer, reason, expected revenue
    static readonly string?[][] Expected =
    [
        ["3", "+Cy", "Cy Once", "cy@example.com", "South", "@South", "Books", "Lost customers come back for Books", "4.00"],
        ["4", "Di", "-Di May", "@di@example.com", "South", "@South", "Books", "buyers of Games buy Books", "9.00"],
        ["6", "Fay", "=Fay <b>\"June\"</b>, Jr", null, "South", "@South", "Games", "buyers of Books buy Games", "8.00"],
    ];

    [Fact]
    public void Csv_has_one_row_per_member_with_greeting_contact_region_segment_and_top_offer_and_neutralised_formula_cells()
    {
        var path = _files.File("south.csv");
        long written;
        using (var writer = new StreamWriter(path, false, CsvExport.FileEncoding))
            written = Export.WriteCsv(writer, South, "@South", PersonalDataView.Full, CancellationToken.None);
        Assert.Equal(3, written);
        var text = File.ReadAllText(path);
        Assert.StartsWith(string.Join(',', SegmentExportRow.Header), text, StringComparison.Ordinal);
        // no cell of the file starts with a formula character: each got an apostrophe
        Assert.DoesNotMatch("(^|[,\\n])\"?[=+\\-@]", text);
        var rows = ReadCsv(path);
        string? Escaped(string? cell) => cell is [ '=' or '+' or '-' or '@', ..] ? "'" + cell : cell;
        Assert.Equal(Expected.Select(r => r.Select(Escaped).ToArray()).ToArray(), rows);
    }

    [Fact]
    public void Parquet_read_back_by_duckdb_holds_the_csv_rows_unescaped_with_typed_columns()
    {
        var parquet = _files.File("south.parquet");
        Assert.Equal(3, Export.WriteParquet(parquet, South, "@South", PersonalDataView.Full, CancellationToken.None));
        var csv = _files.File("south.csv");
        using (var writer = new StreamWriter(csv, false, CsvExport.FileEncoding))
            Export.WriteCsv(writer, South, "@South", PersonalDataView.Full, CancellationToken.None);
        var fromParquet = Read($"select * from read_parquet('{parquet}') order by customer_id");
        Assert.Equal(Expected, fromParquet);
        // the CSV is the same rows; only its formula cells carry the apostrophe
        Assert.Equal(fromParquet.Select(r => r.Select(c => c is ['=' or '+' or '-' or '@', ..] ? "'" + c : c).ToArray()).ToArray(), ReadCsv(csv));
        using var connection = fixture.Segments.Host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.Equal("INTEGER,DECIMAL(18,2)", connection.ExecuteScalar<string>(
            $"select string_agg(type, ',' order by name) from (describe select customer_id, offer_expected_revenue from read_parquet('{parquet}')) t(name, type)"));
    }

    [Fact]
    public void The_product_view_masks_names_and_emails_in_every_format()
    {
        var rows = Export.Gated(CancellationToken.None, token => Export.Rows(South, "@South", PersonalDataView.Masked, token).ToList());
        Assert.Equal([("+Cy", null, "c•••@example.com"), ("Di", null, "@•••@example.com"), ("Fay", null, null)],
            rows.Select(r => (r.PreferredName, r.FullName, r.Email)).ToArray());
        var parquet = _files.File("masked.parquet");
        Export.WriteParquet(parquet, South, "@South", PersonalDataView.Masked, CancellationToken.None);
        Assert.Equal([["+Cy", null, "c•••@example.com"], ["Di", null, "@•••@example.com"], ["Fay", null, null]],
            Read($"select preferred_name, full_name, email from read_parquet('{parquet}') order by customer_id"));
    }

    [Fact]
    public void Json_is_an_array_of_objects_keyed_by_the_columns()
    {
        using var stream = new MemoryStream();
        Assert.Equal(3, Export.WriteJson(stream, South, "@South", PersonalDataView.Full, CancellationToken.None));
        using var json = JsonDocument.Parse(stream.ToArray());
        var first = json.RootElement[0];
        Assert.Equal(SegmentExportRow.Header, first.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal((3, "+Cy", 4.00m), (first.GetProperty("customer_id").GetInt32(), first.GetProperty("preferred_name").GetString(),
            first.GetProperty("offer_expected_revenue").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, json.RootElement[2].GetProperty("email").ValueKind);
    }

    [Fact]
    public void Any_member_source_of_customer_ids_is_exported_once_per_known_customer()
    {
        // the seam a campaign uses for its treatment list: here customers 2, 8, 2 again and 99 (no such customer)
        var source = new MemberSource("insert into export_members select customer_id from (values (2), (8), (2), ($source_unknown)) as t(customer_id)", [("source_unknown", 99)]);
        var rows = Export.Gated(CancellationToken.None, token => Export.Rows(source, "list", PersonalDataView.Full, token).ToList());
        Assert.Equal([(2, "Games", 22.50m), (8, null, null)], rows.Select(r => (r.CustomerId, r.OfferCategory, r.OfferExpectedRevenue)).ToArray());
        Assert.Equal(2, Export.Estimate(source, "list", PersonalDataView.Full, CancellationToken.None).Members);
    }

    [Fact]
    public void The_estimate_of_a_small_export_is_the_exact_csv_size_with_its_byte_order_mark()
    {
        var estimate = Export.Estimate(South, "@South", PersonalDataView.Full, CancellationToken.None);
        var path = _files.File("size.csv");
        using (var writer = new StreamWriter(path, false, CsvExport.FileEncoding))
            Export.WriteCsv(writer, South, "@South", PersonalDataView.Full, CancellationToken.None);
        Assert.Equal((3L, new FileInfo(path).Length, true), (estimate.Members, estimate.CsvBytes, estimate.IsExact));
    }

    [Fact]
    public void Progress_is_reported_at_the_end_of_a_small_export()
    {
        var reports = new List<long>();
        Export.WriteCsv(TextWriter.Null, South, "@South", PersonalDataView.Full, CancellationToken.None, reports.Add);
        Assert.Equal([3L], reports);
    }

    [Theory]
    [InlineData("South <b>complainers</b>", "south-b-complainers-b")]
    [InlineData("Süd & Ost!", "s-d-ost")]
    [InlineData("!!!", "segment")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void File_names_are_a_slug_of_the_name(string name, string slug) => Assert.Equal(slug, SegmentExport.Slug(name));

    [Fact]
    public void The_file_name_holds_the_segment_id_slug_and_today()
    {
        var segment = fixture.Segments.Store.Get(fixture.SouthId)!;
        Assert.Equal($"segment-{fixture.SouthId}-south-2024-07-01.parquet", Export.FileName(segment, "parquet"));
    }

    [Fact]
    public void A_cancelled_export_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Export.WriteCsv(TextWriter.Null, South, "@South", PersonalDataView.Full, cancelled.Token));
    }

    string?[][] ReadCsv(string path) =>
        Read($"select * from read_csv('{path}', header = true, all_varchar = true) order by customer_id::integer");

    string?[][] Read(string sql)
    {
        using var connection = fixture.Segments.Host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))]);
        return [.. rows];
    }

    public void Dispose() => _files.Dispose();
}
