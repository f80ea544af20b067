using System.Globalization;

namespace Insights.Tests.Etl.Property;

/// <summary>
/// A transactions file in the user's own layout (see docs/etl.md, "Mapped files"), keyed by a fresh customer id
/// per line: CDNOW's whitespace layout without a header, or a semicolon layout with one.
/// </summary>
public sealed class MappedTransactionsKind(bool whitespace) : FileKind
{
    public override string Source => whitespace ? "mapped-ws" : "mapped-semi";

    public override string Folder => Source;

    public override bool HasHeader => !whitespace;

    public override byte Separator => whitespace ? (byte)' ' : (byte)';';

    /// <summary>The mapping's settings (as the JSON in docs/etl.md, "Mapped files", flattened), reading from <paramref name="folder"/>.</summary>
    public Dictionary<string, string?> Mapping(int index, string folder)
    {
        var prefix = $"Etl:MappedFiles:{index}:";
        return new()
        {
            [prefix + "Name"] = Source, [prefix + "Folder"] = folder, [prefix + "Pattern"] = whitespace ? "*.txt" : "*.csv",
            [prefix + "Delimiter"] = whitespace ? "whitespace" : ";", [prefix + "Header"] = whitespace ? "false" : "true",
            [prefix + "Columns:0"] = "customer", [prefix + "Columns:1"] = "day", [prefix + "Columns:2"] = "cds", [prefix + "Columns:3"] = "dollars",
            [prefix + "Map:customer_id"] = "customer", [prefix + "Map:ordered_at"] = "day", [prefix + "Map:quantity"] = "cds",
            [prefix + "Map:amount"] = "dollars", [prefix + "DateFormat"] = whitespace ? "%Y%m%d" : "%Y-%m-%d", [prefix + "DefaultChannel"] = "web",
        };
    }

    public override GeneratedFile Generate(string name, Random random, Keys keys, int lines)
    {
        var records = new List<GeneratedRecord>();
        if (!whitespace) records.Add(Header("customer;day;cds;dollars"));
        for (var i = 0; i < lines; i++)
        {
            var customer = keys.Next();
            var day = DateOnly.FromDateTime(Time(random));
            var quantity = random.Next(1, 12);
            var amount = Money(random, 300);
            var text = whitespace
                ? $"{new string(' ', random.Next(0, 3))}{customer}{Gap(random)}{day:yyyyMMdd}{Gap(random)}{quantity}{Gap(random)}{amount}"
                : $"{customer};{day:yyyy-MM-dd};{quantity};{amount}";
            records.Add(Row(text, customer.ToString(CultureInfo.InvariantCulture), $"{customer}|{day:yyyy-MM-dd}|{quantity}|{amount}"));
        }
        return new GeneratedFile(name + (whitespace ? ".txt" : ".csv"), records);
    }

    static string Gap(Random random) => random.Next(4) == 0 ? "\t" : new string(' ', random.Next(1, 4));

    public override string LoadedRowsSql(long runId) =>
        "select o.customer_id::varchar, o.customer_id || '|' || strftime(o.ordered_at, '%Y-%m-%d') || '|' || l.quantity || '|' || l.line_amount " +
        $"from raw_orders as o join raw_order_lines as l on l.order_id = o.order_id and l._run_id = o._run_id where o._run_id = {runId}";
}

/// <summary>Basket files (one basket per line, items separated by commas), keyed by a fresh token item in each basket.</summary>
public sealed class BasketsKind : FileKind
{
    static readonly string[] Items = ["whole milk", "rolls/buns", "yogurt", "soda", "bottled water", "root vegetables", "Käse", "café au lait"];

    public override string Source => "baskets";

    public override string Folder => "baskets";

    public override bool HasHeader => false;

    public override byte Separator => (byte)',';

    public Dictionary<string, string?> Mapping(int index, string folder)
    {
        var prefix = $"Etl:MappedFiles:{index}:";
        return new()
        {
            [prefix + "Name"] = Source, [prefix + "Folder"] = folder, [prefix + "Pattern"] = "*.csv", [prefix + "Layout"] = "baskets",
            [prefix + "Delimiter"] = ",", [prefix + "DefaultDate"] = "2024-03-01", [prefix + "BasketCustomerId"] = "7",
        };
    }

    public override GeneratedFile Generate(string name, Random random, Keys keys, int lines)
    {
        var records = new List<GeneratedRecord>();
        for (var i = 0; i < lines; i++)
        {
            var token = "t" + keys.Next().ToString(CultureInfo.InvariantCulture);
            var items = Items.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Append(token).OrderBy(_ => random.Next()).ToList();
            records.Add(Row(string.Join(random.Next(2) == 0 ? "," : ", ", items), token, string.Join(",", items.Order(StringComparer.Ordinal))));
        }
        return new GeneratedFile(name + ".csv", records);
    }

    public override string LoadedRowsSql(long runId) =>
        "select list_filter(list(i.item_name), n -> n like 't%' and regexp_full_match(n, 't[0-9]+'))[1], " +
        "string_agg(i.item_name, ',' order by i.item_name) from raw_order_lines as l " +
        $"join etl_basket_item as i on i.product_id = l.product_id where l._run_id = {runId} group by l.order_id";
}
