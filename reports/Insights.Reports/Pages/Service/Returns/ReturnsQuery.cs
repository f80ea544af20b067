using Insights.Reports.Access;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Service.Returns;

/// <summary>
/// One group of the returns view (a product category, a product, a month of sale, a reason): what was sold in the period and
/// what of it came back. A reason's group has no sales (a sale has no reason), only its returns.
/// </summary>
public sealed record ReturnRow(string Label, string? Category, long? ItemId, long? SoldQuantity, decimal? NetAmount, long ReturnedQuantity,
    decimal RefundAmount, long Returns)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["group", "category", "id", "sold_quantity", "returned_quantity", "quantity_return_rate", "net_amount", "refund_amount", "refund_rate", "returns"];

    /// <summary>Returned quantity / sold quantity (null without sales).</summary>
    public double? QuantityRate => SoldQuantity is > 0 ? ReturnedQuantity / (double)SoldQuantity : null;

    /// <summary>Refund / net sales (null without net sales).</summary>
    public double? RefundRate => NetAmount is > 0 ? (double)(RefundAmount / NetAmount.Value) : null;

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Label, Category, ItemId, SoldQuantity, ReturnedQuantity, QuantityRate, NetAmount, RefundAmount, RefundRate, Returns];
}

/// <summary>A customer among those who return most: the group's numbers and their personal data (masked by role).</summary>
public sealed record ReturningCustomer(long CustomerId, ReturnRow Numbers, PersonalData PersonalData) : IHasPersonalData<ReturningCustomer>
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["customer_id", "customer_name", "email", "sold_quantity", "returned_quantity", "quantity_return_rate", "net_amount", "refund_amount",
         "refund_rate", "returns"];

    /// <summary>The name shown: the full name, or the preferred name when the reader sees no full names.</summary>
    public string? Name => PersonalData.FullName ?? PersonalData.PreferredName;

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [CustomerId, Name, PersonalData.Email, Numbers.SoldQuantity, Numbers.ReturnedQuantity, Numbers.QuantityRate, Numbers.NetAmount,
         Numbers.RefundAmount, Numbers.RefundRate, Numbers.Returns];

    /// <inheritdoc />
    public ReturningCustomer WithPersonalData(PersonalData data) => this with { PersonalData = data };
}

/// <summary>The returns view: totals, by category, by product, by reason, by month of sale, and the customers who return most.</summary>
public sealed record ReturnsResult(IReadOnlyList<ReturnRow> Categories, IReadOnlyList<ReturnRow> Products, IReadOnlyList<ReturnRow> Reasons,
    IReadOnlyList<ReturnRow> Months, IReadOnlyList<ReturningCustomer> Customers)
{
    /// <summary>Everything sold in the period and returned of it.</summary>
    public ReturnRow Total => new("all", null, null, Categories.Sum(c => c.SoldQuantity ?? 0), Categories.Sum(c => c.NetAmount ?? 0),
        Categories.Sum(c => c.ReturnedQuantity), Categories.Sum(c => c.RefundAmount), Categories.Sum(c => c.Returns));

    /// <summary>Items returned with a reason given, over every reason (the reason table's shares are of this).</summary>
    public long ReasonTotal => Reasons.Sum(r => r.ReturnedQuantity);

    /// <summary><paramref name="reason"/>'s share of <see cref="ReasonTotal"/> (null when no item came back with a reason).</summary>
    public double? ReasonShare(ReturnRow reason) => ReasonTotal > 0 ? reason.ReturnedQuantity / (double)ReasonTotal : null;

    /// <summary>The products the page lists: the <paramref name="shown"/> with the most returned items (the CSV has every one).</summary>
    public IReadOnlyList<ReturnRow> TopProducts(int shown) => [.. Products.Take(shown)];

    /// <summary>The rows of one table by its name (category, product, reason, month); null for another name.</summary>
    public IReadOnlyList<ReturnRow>? Table(string? name) => name switch
    {
        "category" => Categories, "product" => Products, "reason" => Reasons, "month" => Months, _ => null,
    };
}

/// <summary>
/// Reads the returns view behind the returns gate: from the load's marts (returns_marts.sql over mart_sale_day, or
/// mart_sale_segment_day with an RFM segment, and mart_sale_return) unless a saved segment filters it, else from the order
/// lines and returns (returns.sql): the same rows.
/// </summary>
public sealed class ReturnsQuery(DuckDbWarehouse warehouse, ServiceCache cache)
{
    static readonly string LiveSql = SqlResource.Load<ReturnsQuery>("returns.sql");
    static readonly string MartsSql = SqlResource.Load<ReturnsQuery>("returns_marts.sql");
    static readonly string MartsBuiltSql = SqlResource.Load<ReturnsQuery>("sale_marts_built.sql");

    /// <summary>
    /// The statement for <paramref name="filter"/> when the marts are filled: the marts' unless a saved segment filters the
    /// view (a set of customers each save changes, which no load knows); an RFM segment has its own mart, which every load
    /// keeps current with the scores.
    /// </summary>
    public static string SqlFor(ReturnsFilter filter) =>
        filter.SharedParameters().Any(p => p.Name is "segment_id" && p.Value is not null) ? LiveSql : MartsSql;

    /// <summary>Whether the view of <paramref name="filter"/> reads an RFM segment's rows (mart_sale_segment_day).</summary>
    static bool HasRfmSegment(ReturnsFilter filter) => filter.SharedParameters().Any(p => p.Name is "segment" && p.Value is not null);

    /// <summary><see cref="Run"/> for the page.</summary>
    public Task<ReturnsResult> RunAsync(ReturnsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Every table of the view; customers with their full personal data (the caller masks).</summary>
    public ReturnsResult Run(ReturnsFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.ServiceReturns, filter.ToString(), token => Read(filter, token), ct);

    ReturnsResult Read(ReturnsFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var sql = SqlFor(filter);
        if (ReferenceEquals(sql, MartsSql) && !MartsBuilt(connection, HasRfmSegment(filter))) sql = LiveSql;
        using var command = connection.CreateCommand(sql, [.. filter.SharedParameters(), ("top_customers", filter.TopCustomers)]);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        List<ReturnRow> categories = [], products = [], reasons = [], months = [];
        List<ReturningCustomer> customers = [];
        while (reader.Read())
        {
            var row = new ReturnRow(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetDecimal(5), reader.GetInt64(6),
                reader.GetDecimal(7), reader.GetInt64(8));
            switch (reader.GetString(0))
            {
                case "category": categories.Add(row); break;
                case "product": products.Add(row); break;
                case "reason": reasons.Add(row); break;
                case "month": months.Add(row); break;
                case "customer":
                    customers.Add(new ReturningCustomer(row.ItemId ?? 0, row, new PersonalData(Text(reader, 9), Text(reader, 10), Text(reader, 11))));
                    break;
            }
        }
        return new ReturnsResult(categories, products, reasons, [.. months.OrderBy(m => m.Label, StringComparer.Ordinal)], customers);
    }

    // the marts the statement reads are filled (a warehouse migrated and not loaded since has them empty)
    static bool MartsBuilt(DuckDB.NET.Data.DuckDBConnection connection, bool rfmSegment)
    {
        using var command = connection.CreateCommand(MartsBuiltSql);
        using var reader = command.ExecuteReader();
        return reader.Read() && reader.GetBoolean(rfmSegment ? 1 : 0);
    }

    static string? Text(System.Data.Common.DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
