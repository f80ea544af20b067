using System.Globalization;
using System.Text;
using System.Text.Json;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>What an export will hold, shown before it starts.</summary>
/// <param name="Members">Rows it will have (members in the current customer dimension).</param>
/// <param name="CsvBytes">The CSV's size: exact up to <see cref="SegmentExport.SampleRows"/> rows, else estimated from their mean length.</param>
/// <param name="IsExact">Whether <paramref name="CsvBytes"/> is exact.</param>
public sealed record SegmentExportEstimate(long Members, long CsvBytes, bool IsExact);

/// <summary>
/// A saved segment's members (or any <see cref="MemberSource"/>) as personalised rows for a mail merge, in CSV, JSON or Parquet:
/// the site's export page and `insights segment export` call the same methods. Rows are read from DuckDB as they are written
/// (a million members are never held), masked for the reader by <see cref="PersonalDataPolicy"/>, and the whole export runs
/// behind the compute gate (<see cref="ComputeKind.Segments"/>) under its time budget, stopping when the caller's token fires.
/// </summary>
public sealed class SegmentExport(DuckDbWarehouse warehouse, ComputeGate gate, TimeProvider clock)
{
    /// <summary>Rows written between two progress reports.</summary>
    public const int ProgressEvery = 100_000;

    /// <summary>Rows written to measure a CSV's size before it starts (all of them in a smaller export).</summary>
    public const int SampleRows = 500;

    static readonly string RowsSql = SqlResource.Load<SegmentExport>("export_rows.sql");
    static readonly string CountSql = SqlResource.Load<SegmentExport>("count_members.sql");
    static readonly string ParquetTableSql = SqlResource.Load<SegmentExport>("parquet_table.sql");
    static readonly string ParquetCopySql = SqlResource.Load<SegmentExport>("parquet_copy.sql");

    /// <summary>Runs <paramref name="work"/> behind the segments gate with its budget (a caller writing the rows itself).</summary>
    public T Gated<T>(CancellationToken ct, Func<CancellationToken, T> work) => gate.Run(ComputeKind.Segments, ct, work);

    /// <summary>How many rows and about how many CSV bytes the export of <paramref name="source"/> has.</summary>
    public SegmentExportEstimate Estimate(MemberSource source, string segmentName, PersonalDataView view, CancellationToken ct) => Gated(ct, token =>
    {
        long members;
        using (var connection = warehouse.OpenConnection())
        {
            source.Fill(connection, token);
            using var command = connection.CreateCommand(CountSql);
            using var stop = command.StopWhen(token);
            members = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        using var headerOnly = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.Write(headerOnly, SegmentExportRow.Header, []);
        using var sample = new StringWriter(CultureInfo.InvariantCulture);
        var sampled = CsvExport.Write(sample, SegmentExportRow.Header, Rows(source, segmentName, view, token).Take(SampleRows).Select(r => r.Cells));
        var encoding = CsvExport.FileEncoding;
        var headerBytes = encoding.GetPreamble().Length + encoding.GetByteCount(headerOnly.ToString());
        var rowBytes = encoding.GetByteCount(sample.ToString()) - encoding.GetByteCount(headerOnly.ToString());
        var exact = sampled >= members || sampled == 0;
        return new SegmentExportEstimate(members, headerBytes + (exact ? rowBytes : (long)Math.Round((double)rowBytes / sampled * members)), exact);
    });

    /// <summary>
    /// The rows of <paramref name="source"/> by customer id, as <paramref name="view"/> may see them, read as they are enumerated
    /// (call it inside <see cref="Gated{T}"/>, passing its token).
    /// </summary>
    public IEnumerable<SegmentExportRow> Rows(MemberSource source, string segmentName, PersonalDataView view, CancellationToken ct) =>
        PersonalDataPolicy.Apply(Read(source, segmentName, ct), view);

    IEnumerable<SegmentExportRow> Read(MemberSource source, string segmentName, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        source.Fill(connection, ct);
        using var command = connection.CreateCommand(RowsSql);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new SegmentExportRow(reader.GetInt32(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), segmentName,
                Text(reader, 5), Text(reader, 6), reader.IsDBNull(7) ? null : reader.GetDecimal(7));
        }
    }

    static string? Text(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>Writes the CSV (header and one line per row, <see cref="CsvExport"/>'s format) to <paramref name="writer"/>; returns the rows written.</summary>
    public long WriteCsv(TextWriter writer, MemberSource source, string segmentName, PersonalDataView view, CancellationToken ct,
        Action<long>? progress = null) => Gated(ct, token =>
            CsvExport.Write(writer, SegmentExportRow.Header, Counted(Rows(source, segmentName, view, token), progress).Select(r => r.Cells)));

    /// <summary>Writes the rows as a JSON array of objects keyed by <see cref="SegmentExportRow.Header"/>; returns the rows written.</summary>
    public long WriteJson(Stream stream, MemberSource source, string segmentName, PersonalDataView view, CancellationToken ct,
        Action<long>? progress = null) => Gated(ct, token =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartArray();
        long count = 0;
        foreach (var row in Counted(Rows(source, segmentName, view, token), progress))
        {
            json.WriteStartObject();
            json.WriteNumber("customer_id", row.CustomerId);
            foreach (var (name, value) in new[] { ("preferred_name", row.PreferredName), ("full_name", row.FullName), ("email", row.Email),
                ("region", row.Region), ("segment", row.Segment), ("offer_category", row.OfferCategory), ("offer_reason", row.OfferReason) })
                json.WriteString(name, value);
            if (row.OfferExpectedRevenue is { } revenue) json.WriteNumber("offer_expected_revenue", revenue);
            else json.WriteNull("offer_expected_revenue");
            json.WriteEndObject();
            if (++count % 1000 == 0) json.Flush();   // out in pieces, not held
        }
        json.WriteEndArray();
        json.Flush();
        return count;
    });

    /// <summary>
    /// Writes the rows to a Parquet file at <paramref name="path"/> by DuckDB's own writer (COPY ... (FORMAT parquet)): they are
    /// appended, already masked, to a temporary table of one connection and copied from there. <paramref name="path"/> must be
    /// chosen by the caller, never by a user (<see cref="TemporaryParquetPath"/>). Returns the rows written.
    /// </summary>
    public long WriteParquet(string path, MemberSource source, string segmentName, PersonalDataView view, CancellationToken ct,
        Action<long>? progress = null) => Gated(ct, token =>
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(ParquetTableSql);
        long count = 0;
        using (var appender = connection.CreateAppender("segment_export_rows"))
        {
            foreach (var row in Counted(Rows(source, segmentName, view, token), progress))
            {
                appender.CreateRow().AppendValue(row.CustomerId).AppendValue(row.PreferredName).AppendValue(row.FullName).AppendValue(row.Email)
                    .AppendValue(row.Region).AppendValue(row.Segment).AppendValue(row.OfferCategory).AppendValue(row.OfferReason)
                    .AppendValue(row.OfferExpectedRevenue).EndRow();
                count++;
            }
        }
        token.ThrowIfCancellationRequested();
        connection.ExecuteNonQuery(ParquetCopySql, ("file", Path.GetFullPath(path)));
        return count;
    });

    /// <summary>A new file name in the temporary folder for a Parquet export (the caller deletes it).</summary>
    public static string TemporaryParquetPath() => Path.Combine(Path.GetTempPath(), "insights-export-" + Guid.NewGuid().ToString("N") + ".parquet");

    /// <summary>
    /// The file name of an export of <paramref name="segment"/> today: "segment-3-south-complainers-2024-07-01.csv" (id, name as
    /// a slug of ASCII letters and digits, date), so exports of different segments or days never share a name.
    /// </summary>
    public string FileName(SavedSegment segment, string extension) =>
        FileName(string.Create(CultureInfo.InvariantCulture, $"segment-{segment.Id}"), segment.Name, extension);

    /// <summary>"<paramref name="prefix"/>-name-as-a-slug-date.extension", e.g. a campaign's treatment list.</summary>
    public string FileName(string prefix, string name, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{Slug(name)}-{clock.GetUtcNow().UtcDateTime:yyyy-MM-dd}.{extension}");

    /// <summary>
    /// <paramref name="name"/> in lower case with every run of characters other than ASCII letters and digits turned into one
    /// dash, at most 40 characters ("segment" when nothing is left).
    /// </summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 40) break;
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "segment" : text;
    }

    // reports every ProgressEvery rows and once at the end
    static IEnumerable<T> Counted<T>(IEnumerable<T> rows, Action<long>? progress)
    {
        long count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % ProgressEvery == 0) progress?.Invoke(count);
        }
        if (count % ProgressEvery != 0) progress?.Invoke(count);
    }
}
