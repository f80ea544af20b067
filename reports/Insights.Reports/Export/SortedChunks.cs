using System.Data.Common;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Export;

/// <summary>
/// Where a chunk of a sorted download begins: the sort value and customer id of its first row.
/// </summary>
/// <param name="Value">The row's sort value (null sorts last).</param>
/// <param name="CustomerId">The row's customer id (the order's tie-break).</param>
public sealed record ChunkStart(object? Value, int CustomerId);

/// <summary>
/// A download with a row per customer in one order (a value descending, nulls last, then the customer id: the loyalty customers,
/// the intervals customers and win-back lists) read a chunk of customers at a time, so DuckDB sorts one chunk's rows at once,
/// never every customer's: sorted whole, one download held its every row in DuckDB's memory until its last was out (at SF10
/// about 300 MiB for the loyalty customers), and 20 at once did not fit (issue 22). A first statement gives where each chunk
/// begins (the value and id of every n-th row, two columns sorted); a chunk's statement selects the rows from its start up to
/// the next chunk's and sorts them in the same order, so the chunks one after the other are the single sorted read of before,
/// row for row. Every chunk reads the same transaction (the caller's), so they all see one committed state.
/// </summary>
public static class SortedChunks
{
    /// <summary>The chunks' parameters: where one begins and where the next begins (null: the end).</summary>
    public static (string, object?)[] Parameters(ChunkStart? from, ChunkStart? to) =>
        [("from_value", from?.Value), ("from_customer", from?.CustomerId), ("to_value", to?.Value), ("to_customer", to?.CustomerId)];

    /// <summary>Where each chunk begins, in order, from a statement returning (sort value, customer id) rows.</summary>
    public static List<ChunkStart> Starts(DuckDBConnection connection, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        var starts = new List<ChunkStart>();
        using var command = connection.CreateCommand(sql, parameters);
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) starts.Add(new ChunkStart(reader.IsDBNull(0) ? null : reader.GetValue(0), reader.GetInt32(1)));
        return starts;
    }

    /// <summary>
    /// Every chunk's rows in order, into <paramref name="rows"/>: the first chunk's statement runs now (before a download's
    /// response starts, so a failure there is a status), the others as the enumeration reaches them, on the same connection.
    /// </summary>
    public static StreamedRows<T> Read<T>(StreamedRows<T> rows, DuckDBConnection connection, string sql, (string, object?)[] parameters,
        List<ChunkStart> starts, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var first = starts.Count == 0 ? null : rows.Own(Chunk(connection, sql, parameters, starts, 0, ct));
        return rows.From(Rows(connection, sql, parameters, starts, first, map, ct));
    }

    static IEnumerable<T> Rows<T>(DuckDBConnection connection, string sql, (string, object?)[] parameters, List<ChunkStart> starts,
        StreamingStatement? first, Func<DbDataReader, T> map, CancellationToken ct)
    {
        for (var i = 0; i < starts.Count; i++)
        {
            using var chunk = i == 0 ? first! : Chunk(connection, sql, parameters, starts, i, ct);
            while (chunk.Reader.Read()) yield return map(chunk.Reader);
        }
    }

    // chunk i's statement: the rows from its start to the next chunk's
    static StreamingStatement Chunk(DuckDBConnection connection, string sql, (string, object?)[] parameters, List<ChunkStart> starts, int i,
        CancellationToken ct) =>
        new(connection, sql, [.. parameters, .. Parameters(starts[i], i + 1 < starts.Count ? starts[i + 1] : null)], ct);
}
