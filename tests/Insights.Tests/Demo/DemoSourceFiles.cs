using System.Globalization;
using System.Text.Json;

namespace Insights.Tests.Demo;

/// <summary>
/// The demo source files under a sources root, read back into plain records. Numeric and timestamp columns never hold a
/// comma, so splitting on commas is enough; free-text columns (names) are skipped, or their neighbours read from the end.
/// </summary>
public sealed class DemoSourceFiles
{
    public sealed record Customer(int Id, string Email, string Region, string SignupChannel, DateTime SignedUpAt, DateTime UpdatedAt);
    public sealed record Product(int Id, string Sku, string Category, decimal ListPrice, DateTime UpdatedAt);
    public sealed record Order(long Id, int CustomerId, DateTime OrderedAt, string Channel, string Status, DateTime UpdatedAt);
    public sealed record Line(long OrderId, int LineNumber, int ProductId, int Quantity, decimal UnitPrice, decimal Discount)
    {
        public decimal Net => Quantity * UnitPrice - Discount;
    }
    public sealed record Return(long Id, long OrderId, int LineNumber, DateTime ReturnedAt, int Quantity, decimal Refund, string Reason);
    public sealed record Contact(long Id, int CustomerId, DateTime ContactedAt, string Channel, string Direction, int? Duration, string Topic);
    public sealed record Complaint(long Id, int CustomerId, long? OrderId, int? ProductId, string Category, string Severity,
        DateTime OpenedAt, DateTime? ResolvedAt, string Status, string Text, DateTime? FirstResponseAt, int ReopenedCount);

    public DemoSourceFiles(string root)
    {
        Customers = Rows(root, "operational/customers.csv", 8, f => new Customer(Int(f[0]), f[^5], f[^4], f[^3], Time(f[^2]), Time(f[^1])));
        Products = Rows(root, "operational/products.csv", 6, f => new Product(Int(f[0]), f[1], f[^3], Money(f[^2]), Time(f[^1])));
        Orders = Rows(root, "operational/orders.csv", 6, f => new Order(Long(f[0]), Int(f[1]), Time(f[2]), f[3], f[4], Time(f[5])));
        Lines = Rows(root, "operational/order_lines.csv", 6,
            f => new Line(Long(f[0]), Int(f[1]), Int(f[2]), Int(f[3]), Money(f[4]), Money(f[5])));
        Returns = Rows(root, "operational/returns.csv", 7,
            f => new Return(Long(f[0]), Long(f[1]), Int(f[2]), Time(f[3]), Int(f[4]), Money(f[5]), f[6]));
        Contacts = Rows(root, "contacts/contacts.csv", 7,
            f => new Contact(Long(f[0]), Int(f[1]), Time(f[2]), f[3], f[4], f[5] == "" ? null : Int(f[5]), f[6]));
        Complaints = File.ReadLines(Path.Combine(root, "complaints/complaints.jsonl")).Select(ParseComplaint).ToList();
    }

    public IReadOnlyList<Customer> Customers { get; }
    public IReadOnlyList<Product> Products { get; }
    public IReadOnlyList<Order> Orders { get; }
    public IReadOnlyList<Line> Lines { get; }
    public IReadOnlyList<Return> Returns { get; }
    public IReadOnlyList<Contact> Contacts { get; }
    public IReadOnlyList<Complaint> Complaints { get; }

    static List<T> Rows<T>(string root, string file, int columns, Func<string[], T> map)
    {
        var lines = File.ReadAllLines(Path.Combine(root, file));
        Assert.Equal(columns, lines[0].Split(',').Length);
        return lines.Skip(1).Select(l => map(l.Split(','))).ToList();
    }

    static Complaint ParseComplaint(string line)
    {
        using var json = JsonDocument.Parse(line);
        var o = json.RootElement;
        return new Complaint(o.GetProperty("complaint_id").GetInt64(), o.GetProperty("customer_id").GetInt32(),
            o.GetProperty("order_id").ValueKind == JsonValueKind.Null ? null : o.GetProperty("order_id").GetInt64(),
            o.GetProperty("product_id").ValueKind == JsonValueKind.Null ? null : o.GetProperty("product_id").GetInt32(),
            o.GetProperty("category").GetString()!, o.GetProperty("severity").GetString()!, Time(o.GetProperty("opened_at").GetString()!),
            o.GetProperty("resolved_at").GetString() is { } resolved ? Time(resolved) : null,
            o.GetProperty("status").GetString()!, o.GetProperty("text").GetString()!,
            o.GetProperty("first_response_at").GetString() is { } answered ? Time(answered) : null,
            o.GetProperty("reopened_count").GetInt32());
    }

    static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    static long Long(string s) => long.Parse(s, CultureInfo.InvariantCulture);
    static decimal Money(string s) => decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    static DateTime Time(string s) =>
        DateTime.ParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
