using Insights.Etl.Sources.Landing;
using Insights.Etl.Sources.Operational.Postgres;
using Insights.Warehouse;
using Npgsql;

namespace Insights.Bench;

/// <summary>
/// The floor under any PostgreSQL extraction: each operational table streamed out with binary COPY, running the very select our
/// loader runs on a full load, every value read with its type and thrown away. Our full load cannot beat this; the ratio to it
/// says what landing, modelling and checking cost on top.
/// </summary>
sealed class ExtractionBaseline(string connectionString)
{
    enum Kind { Int32, Int64, Decimal, Text, Timestamp, Other }

    /// <summary>Streams every operational table; one part per table.</summary>
    public BenchPhase Run(CancellationToken cancellationToken)
    {
        var meter = new PhaseMeter();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        foreach (var table in LandingTables.Operational)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The loader's own select with the full-load cursor, so both read exactly the same rows and columns.
            var select = OperationalQueries.Select(table.Name, since: null);
            meter.StartPart();
            var kinds = ColumnKinds(connection, select);
            meter.EndPart(table.Name, Drain(connection, select, kinds));
        }
        return meter.Finish("baseline", "PostgreSQL COPY TO (binary), read and discarded");
    }

    static long Drain(NpgsqlConnection connection, string select, IReadOnlyList<Kind> kinds)
    {
        long rows = 0, sink = 0;
        using var exporter = connection.BeginBinaryExport($"COPY ({select}) TO STDOUT (FORMAT BINARY)");
        while (exporter.StartRow() != -1)
        {
            foreach (var kind in kinds)
            {
                if (exporter.IsNull)
                {
                    exporter.Skip();
                    continue;
                }
                // Decode as the loader decodes (strings and decimals allocate there too); the sink keeps the reads observable.
                sink += kind switch
                {
                    Kind.Int32 => exporter.Read<int>(),
                    Kind.Int64 => exporter.Read<long>(),
                    Kind.Decimal => (long)exporter.Read<decimal>(),
                    Kind.Text => exporter.Read<string>().Length,
                    Kind.Timestamp => exporter.Read<DateTime>().Ticks & 1,
                    _ => Skip(exporter),
                };
            }
            rows++;
        }
        GC.KeepAlive(sink);
        return rows;
    }

    static long Skip(NpgsqlBinaryExporter exporter)
    {
        exporter.Skip();
        return 0;
    }

    // The column types come from PostgreSQL itself (an empty run of the select), so the baseline follows the loader's columns.
    static List<Kind> ColumnKinds(NpgsqlConnection connection, string select)
    {
        using var command = new NpgsqlCommand($"select * from ({select}) as q limit 0", connection);
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetFieldType(i)).Select(type =>
            type == typeof(int) ? Kind.Int32
            : type == typeof(long) ? Kind.Int64
            : type == typeof(decimal) ? Kind.Decimal
            : type == typeof(string) ? Kind.Text
            : type == typeof(DateTime) ? Kind.Timestamp
            : Kind.Other).ToList();
    }
}
