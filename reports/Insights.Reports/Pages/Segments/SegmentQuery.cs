using System.Diagnostics;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Service;
using Insights.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// The segment builder's reads: the choices a condition offers, a definition compiled and checked against them, and its
/// preview (one scan of mart_segment_customer, through the compute gate). "Today" for "within N days" is the site's clock;
/// "resolved slowly" uses the service report's SLA targets (Service:Sla).
/// </summary>
public sealed class SegmentQuery(DuckDbWarehouse warehouse, ComputeGate gate, IOptions<ServiceOptions> service, TimeProvider clock)
{
    static readonly string ChoicesSql = SqlResource.Load<SegmentQuery>("choices.sql");
    static readonly string PreviewSql = SqlResource.Load<SegmentQuery>("preview.sql");
    static readonly string ModelStateSql = SqlResource.Load<SegmentQuery>("model_state.sql");

    /// <summary>Today, by the site's clock (UTC): "within N days" counts back from it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The service report's resolution targets in hours per severity (Service:Sla).</summary>
    public IReadOnlyDictionary<string, double> SlaHours() => service.Value.SlaHours();

    /// <summary>The values each condition list offers now.</summary>
    public SegmentChoices Choices()
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(ChoicesSql);
        using var reader = command.ExecuteReader();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.IsDBNull(1)) continue;
            var kind = reader.GetString(0);
            if (!lists.TryGetValue(kind, out var values)) lists[kind] = values = [];
            values.Add(reader.GetString(1));
        }
        return new SegmentChoices(lists.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value));
    }

    /// <summary>Whether the model figures the model conditions read are computed and trusted now.</summary>
    public SegmentModelState ModelState()
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(ModelStateSql);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return SegmentModelState.NotComputed;
        return new SegmentModelState(true, !reader.IsDBNull(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetString(3), reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetBoolean(6));
    }

    /// <summary>
    /// Compiles <paramref name="definition"/> with its values checked against <paramref name="choices"/> (read now when not
    /// given) and its model conditions against the state of the model figures. Throws <see cref="SegmentDefinitionException"/>
    /// with every problem.
    /// </summary>
    public CompiledSegment Compile(SegmentDefinition definition, SegmentChoices? choices = null) =>
        SegmentCompiler.Compile(definition, Today, service.Value.SlaHours(), choices ?? Choices(), ModelState());

    /// <summary>The segment's size, share, net revenue and composition now.</summary>
    /// <exception cref="SegmentDefinitionException">The definition breaks a rule.</exception>
    public SegmentPreview Preview(SegmentDefinition definition, CancellationToken ct, SegmentChoices? choices = null)
    {
        var models = ModelState();
        var compiled = SegmentCompiler.Compile(definition, Today, service.Value.SlaHours(), choices ?? Choices(), models);
        var hasClv = models.HasClv;
        return gate.Run(ComputeKind.Segments, ct, token =>
        {
            var watch = Stopwatch.StartNew();
            using var connection = warehouse.OpenConnection();
            SelectMembers(connection, compiled, token);
            using var command = connection.CreateCommand(PreviewSql);
            using var stop = command.StopWhen(token);
            using var reader = command.ExecuteReader();
            long members = 0, customers = 0, withClv = 0;
            double? meanClv = null;
            decimal net = 0;
            var bySegment = new List<CompositionRow>();
            var byRegion = new List<CompositionRow>();
            while (reader.Read())
            {
                var row = new CompositionRow(reader.GetString(1), reader.GetInt64(2), reader.GetDecimal(3));
                switch (reader.GetString(0))
                {
                    case "total":
                        (members, net, customers) = (row.Members, row.NetAmount, reader.GetInt64(4));
                        (meanClv, withClv) = (reader.IsDBNull(5) || !hasClv ? null : reader.GetDouble(5), hasClv ? reader.GetInt64(6) : 0);
                        break;
                    case "segment": bySegment.Add(row); break;
                    default: byRegion.Add(row); break;
                }
            }
            return new SegmentPreview(members, customers, net, bySegment, byRegion, watch.ElapsedMilliseconds, meanClv, withClv);
        });
    }

    /// <summary>
    /// Selects the members of a compiled segment into temp table segment_members of <paramref name="connection"/> (customer_id,
    /// net_amount, segment, region, clv_amount) with the one fixed-slot statement (members.sql, <see cref="SegmentSlots"/>):
    /// the preview groups the table, the re-evaluation records it.
    /// </summary>
    public static void SelectMembers(DuckDBConnection connection, CompiledSegment compiled, CancellationToken ct) =>
        Run(connection, SegmentSlots.Sql, SegmentSlots.Parameters(compiled), ct);

    static void Run(DuckDBConnection connection, string sql, (string Name, object? Value)[] parameters, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        command.ExecuteNonQuery();
    }
}
