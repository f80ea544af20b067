using Insights.Etl.Sources.Operational;

namespace Insights.Demo;

/// <summary>
/// Writes the demo world as file exports under a sources root: operational/&lt;table&gt;.csv, contacts/contacts.csv and
/// complaints/complaints.jsonl. Files appear (replacing older ones) only on <see cref="Complete"/>.
/// </summary>
public sealed class FileDemoWriter : IDemoWriter
{
    readonly CsvTableWriter _customers;
    readonly CsvTableWriter _products;
    readonly CsvTableWriter _orders;
    readonly CsvTableWriter _orderLines;
    readonly CsvTableWriter _returns;
    readonly InteractionExports _interactions;
    readonly List<IDisposable> _open = [];

    /// <summary>Opens the temporary files under <paramref name="sourcesRoot"/>, creating folders as needed.</summary>
    public FileDemoWriter(string sourcesRoot)
    {
        var operational = Path.Combine(sourcesRoot, "operational");
        try
        {
            // each header is the table's one column list (the ETL's contract, <table>_columns.sql); the Write methods below
            // give the values in that order
            _customers = Open(Table(operational, "customers"));
            _products = Open(Table(operational, "products"));
            _orders = Open(Table(operational, "orders"));
            _orderLines = Open(Table(operational, "order_lines"));
            _returns = Open(Table(operational, "returns"));
            _interactions = Open(new InteractionExports(sourcesRoot));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    static CsvTableWriter Table(string folder, string table) =>
        new(Path.Combine(folder, table + ".csv"), [.. OperationalLanding.Columns(table).Names]);

    /// <inheritdoc />
    public void WriteCustomer(DemoCustomer c) =>
        _customers.Number(c.CustomerId).Text(c.FullName).Text(c.PreferredName).Text(c.Email).Text(c.Region)
            .Text(c.SignupChannel).Timestamp(c.SignedUpAt).Timestamp(c.UpdatedAt).EndRow();

    /// <inheritdoc />
    public void WriteProduct(DemoProduct p) =>
        _products.Number(p.ProductId).Text(p.Sku).Text(p.ProductName).Text(p.Category).Money(p.ListPrice)
            .Timestamp(p.UpdatedAt).EndRow();

    /// <inheritdoc />
    public void WriteOrder(DemoOrder o) =>
        _orders.Number(o.OrderId).Number(o.CustomerId).Timestamp(o.OrderedAt).Text(o.Channel).Text(o.Status)
            .Timestamp(o.UpdatedAt).EndRow();

    /// <inheritdoc />
    public void WriteOrderLine(DemoOrderLine l) =>
        _orderLines.Number(l.OrderId).Number(l.LineNumber).Number(l.ProductId).Number(l.Quantity).Money(l.UnitPrice)
            .Money(l.DiscountAmount).EndRow();

    /// <inheritdoc />
    public void WriteReturn(DemoReturn r) =>
        _returns.Number(r.ReturnId).Number(r.OrderId).Number(r.LineNumber).Timestamp(r.ReturnedAt).Number(r.Quantity)
            .Money(r.RefundAmount).Text(r.Reason).EndRow();

    /// <inheritdoc />
    public void WriteContact(DemoContact contact) => _interactions.WriteContact(contact);

    /// <inheritdoc />
    public void WriteComplaint(DemoComplaint complaint) => _interactions.WriteComplaint(complaint);

    /// <inheritdoc />
    public void Complete()
    {
        // Each rename is atomic and all of them together take microseconds; the world becomes visible file by file.
        _orderLines.Complete();
        _returns.Complete();
        _orders.Complete();
        _products.Complete();
        _customers.Complete();
        _interactions.Complete();
    }

    /// <summary>Deletes the temporary files unless <see cref="Complete"/> already moved them into place.</summary>
    public void Dispose()
    {
        foreach (var file in _open) file.Dispose();
        _open.Clear();
    }

    T Open<T>(T file) where T : IDisposable
    {
        _open.Add(file);
        return file;
    }
}
