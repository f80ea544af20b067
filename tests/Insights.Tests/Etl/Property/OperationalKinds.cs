using System.Globalization;
using Insights.Etl.Sources.Operational;

namespace Insights.Tests.Etl.Property;

/// <summary>
/// One export of the operational source (a snapshot CSV with a fixed name). Rows only refer to what the tiny world loaded before
/// (customers 1-3, orders 100-101, products 10 and 20), so no row depends on another row of the same load that a mutation may
/// have refused.
/// </summary>
public abstract class OperationalKind : FileKind
{
    public override string Source => "operational";

    public override string Folder => "operational";

    public override byte Separator => (byte)',';

    /// <summary>The export's table (and file) name.</summary>
    public abstract string Table { get; }

    public override GeneratedFile Generate(string name, Random random, Keys keys, int lines)
    {
        var records = new List<GeneratedRecord> { Header(Columns) };
        for (var i = 0; i < lines; i++)
        {
            var (text, key, expected) = Line(random, keys.Next());
            records.Add(Row(text, key, expected));
        }
        return new GeneratedFile(Table + ".csv", records);
    }

    // the header is the table's one column list (<table>_columns.sql); each kind's Line writes its values in that order
    string Columns => string.Join(',', OperationalLanding.Columns(Table).Names);

    protected abstract (string Text, string Key, string Expected) Line(Random random, long key);

    protected static string Id(long key) => key.ToString(CultureInfo.InvariantCulture);
}

public sealed class CustomersKind : OperationalKind
{
    public override string Table => "customers";

    protected override (string, string, string) Line(Random random, long key)
    {
        var (name, nameCsv) = CsvText(random);
        var region = Pick(random, new[] { "North", "South", "East", "West" });
        var signed = Ts(Time(random));
        var updated = Ts(Time(random));
        return ($"{key},{nameCsv},Pat,p{key}@example.com,{region},web,{signed},{updated}", Id(key),
            $"{key}|{name}|Pat|p{key}@example.com|{region}|web|{signed}|{updated}");
    }

    public override string LoadedRowsSql(long runId) =>
        "select customer_id::varchar, customer_id || '|' || full_name || '|' || preferred_name || '|' || email || '|' || region || '|' || " +
        "signup_channel || '|' || strftime(signed_up_at, '%Y-%m-%d %H:%M:%S') || '|' || strftime(updated_at, '%Y-%m-%d %H:%M:%S') " +
        $"from raw_customers where _run_id = {runId}";
}

public sealed class ProductsKind : OperationalKind
{
    public override string Table => "products";

    protected override (string, string, string) Line(Random random, long key)
    {
        var (name, nameCsv) = CsvText(random);
        var price = Money(random, 90);
        var updated = Ts(Time(random));
        return ($"{key},SKU-{key},{nameCsv},Coffee,{price},{updated}", Id(key), $"{key}|SKU-{key}|{name}|Coffee|{price}|{updated}");
    }

    public override string LoadedRowsSql(long runId) =>
        "select product_id::varchar, product_id || '|' || sku || '|' || product_name || '|' || category || '|' || list_price || '|' || " +
        $"strftime(updated_at, '%Y-%m-%d %H:%M:%S') from raw_products where _run_id = {runId}";
}

public sealed class OrdersKind : OperationalKind
{
    public override string Table => "orders";

    protected override (string, string, string) Line(Random random, long key)
    {
        var customer = random.Next(1, 4);
        var at = Time(random);
        var channel = Pick(random, new[] { "web", "store", "app", "phone" });
        var status = random.Next(5) == 0 ? "cancelled" : "completed";
        return ($"{key},{customer},{Ts(at)},{channel},{status},{Ts(at.AddHours(1))}", Id(key),
            $"{key}|{customer}|{Ts(at)}|{channel}|{status}|{Ts(at.AddHours(1))}");
    }

    public override string LoadedRowsSql(long runId) =>
        "select order_id::varchar, order_id || '|' || customer_id || '|' || strftime(ordered_at, '%Y-%m-%d %H:%M:%S') || '|' || channel || " +
        $"'|' || status || '|' || strftime(updated_at, '%Y-%m-%d %H:%M:%S') from raw_orders where _run_id = {runId}";
}

/// <summary>Order lines added to the tiny world's orders 100 and 101, keyed by a fresh line number.</summary>
public sealed class OrderLinesKind : OperationalKind
{
    public override string Table => "order_lines";

    protected override (string, string, string) Line(Random random, long key)
    {
        var order = random.Next(100, 102);
        var product = random.Next(2) == 0 ? 10 : 20;
        var quantity = random.Next(1, 9);
        var price = Money(random, 40);
        // a good line: its discount never exceeds its gross amount
        var discount = random.Next(3) == 0 && quantity * decimal.Parse(price, CultureInfo.InvariantCulture) >= 0.50m ? "0.50" : "0.00";
        return ($"{order},{key},{product},{quantity},{price},{discount}", Id(key), $"{order}|{key}|{product}|{quantity}|{price}|{discount}");
    }

    public override string LoadedRowsSql(long runId) =>
        "select line_number::varchar, order_id || '|' || line_number || '|' || product_id || '|' || quantity || '|' || unit_price || '|' || " +
        $"discount_amount from raw_order_lines where _run_id = {runId}";
}
