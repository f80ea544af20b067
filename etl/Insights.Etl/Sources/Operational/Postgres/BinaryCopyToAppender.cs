using DuckDB.NET.Data;
using Insights.Warehouse;
using Npgsql;

namespace Insights.Etl.Sources.Operational.Postgres;

/// <summary>Streams a PostgreSQL query's rows (binary COPY) into a DuckDB landing table through the Appender.</summary>
public static class BinaryCopyToAppender
{
    enum Kind { Int32, Int64, Decimal, Text, Timestamp, Boolean, Double }

    /// <summary>
    /// Copies the rows of <paramref name="select"/> into <paramref name="landingTable"/>, whose columns (before the trailing
    /// _source_file, filled with <paramref name="sourceLabel"/>) must start with the select's columns in order (later ones
    /// get nulls); returns the row count.
    /// </summary>
    public static long Copy(NpgsqlConnection source, string select, DuckDBConnection target, string landingTable, string sourceLabel,
        CancellationToken cancellationToken)
    {
        var kinds = ColumnKinds(target, landingTable);
        long rows = 0;
        try
        {
            using var exporter = source.BeginBinaryExport($"COPY ({select}) TO STDOUT (FORMAT BINARY)");
            using var appender = target.CreateAppender("temp", "main", landingTable);
            int columns;
            while ((columns = exporter.StartRow()) != -1)
            {
                var row = appender.CreateRow();
                for (var i = 0; i < kinds.Count; i++)
                {
                    var kind = kinds[i];
                    if (i >= columns)
                    {
                        row.AppendNullValue();   // a landing column this source does not deliver (e.g. line_amount)
                        continue;
                    }
                    if (exporter.IsNull)
                    {
                        exporter.Skip();
                        row.AppendNullValue();
                        continue;
                    }
                    switch (kind)
                    {
                        case Kind.Int32: row.AppendValue(exporter.Read<int>()); break;
                        case Kind.Int64: row.AppendValue(exporter.Read<long>()); break;
                        case Kind.Decimal: row.AppendValue(exporter.Read<decimal>()); break;
                        case Kind.Text: row.AppendValue(exporter.Read<string>()); break;
                        case Kind.Timestamp: row.AppendValue(exporter.Read<DateTime>()); break;
                        case Kind.Boolean: row.AppendValue(exporter.Read<bool>()); break;
                        case Kind.Double: row.AppendValue(exporter.Read<double>()); break;
                    }
                }
                row.AppendValue(sourceLabel).EndRow();
                if (++rows % 65_536 == 0) cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn)
        {
            throw new SourceContractException($"The operational database does not have what {landingTable} needs: {e.MessageText}", e);
        }
        return rows;
    }

    static List<Kind> ColumnKinds(DuckDBConnection target, string landingTable)
    {
        using var command = target.CreateCommand(SqlResource.Load(typeof(BinaryCopyToAppender), "landing_column_types.sql"),
            ("table", landingTable));
        using var reader = command.ExecuteReader();
        var kinds = new List<Kind>();
        while (reader.Read())
        {
            var type = reader.GetString(0);
            kinds.Add(type switch
            {
                "INTEGER" => Kind.Int32,
                "BIGINT" => Kind.Int64,
                "VARCHAR" => Kind.Text,
                "TIMESTAMP" => Kind.Timestamp,
                "BOOLEAN" => Kind.Boolean,
                "DOUBLE" => Kind.Double,
                _ when type.StartsWith("DECIMAL", StringComparison.Ordinal) => Kind.Decimal,
                _ => throw new InvalidOperationException($"{landingTable} has a column of type {type} that the PostgreSQL copy does not map."),
            });
        }
        return kinds;
    }
}
