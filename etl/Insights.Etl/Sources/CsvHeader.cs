using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources;

/// <summary>
/// The header contract of a CSV export. read_csv maps columns by position, so a header that lacks, renames or reorders a column
/// would put values into the wrong columns (or reject every row): that is a broken export, not a bad row, so the load fails and
/// its transaction loads nothing, instead of quarantining the whole file row by row.
/// </summary>
public static class CsvHeader
{
    static readonly string ProblemSql = SqlResource.Load(typeof(CsvHeader), "csv_header_problem.sql");

    /// <summary>
    /// Throws <see cref="SourceContractException"/>, naming the columns at fault, when the header of <paramref name="path"/> does
    /// not name the columns of the contract declared last on <paramref name="connection"/> (its variable csv_columns), in order.
    /// </summary>
    public static void Check(DuckDBConnection connection, string source, string path)
    {
        // the first line as text (a BOM dropped; CRLF, LF or CR ends it); bytes that are not UTF-8 become U+FFFD and fail the names
        string? line;
        using (var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            line = reader.ReadLine();
        var problem = connection.ExecuteScalar<string?>(ProblemSql, ("line", line));
        if (problem is not null)
            throw new SourceContractException($"The {source} export {Path.GetFileName(path)} breaks its contract: {problem}.");
    }
}
