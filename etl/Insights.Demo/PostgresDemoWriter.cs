using Insights.Demo.Postgres;
using Insights.Etl.Sources.Operational;
using NpgsqlTypes;

namespace Insights.Demo;

/// <summary>
/// Writes the operational tables (customers, products, orders, order_lines, returns) into a PostgreSQL database with binary
/// COPY, and the contact and complaint exports as files under a sources root (those systems deliver files in every setup).
/// The tables are dropped and recreated when the writer opens; foreign keys are added after the load.
/// </summary>
public sealed class PostgresDemoWriter : IDemoWriter
{
    readonly string _connectionString;
    readonly TableImport _customers;
    readonly TableImport _products;
    readonly TableImport _orders;
    readonly TableImport _orderLines;
    readonly TableImport _returns;
    readonly InteractionExports _interactions;
    readonly List<IDisposable> _open = [];

    /// <summary>Recreates the operational tables and opens one COPY stream per table.</summary>
    /// <param name="operationalConnectionString">Npgsql connection string of the operational database (tables go to its default schema).</param>
    /// <param name="sourcesRoot">Folder that receives contacts/contacts.csv and complaints/complaints.jsonl.</param>
    public PostgresDemoWriter(string operationalConnectionString, string sourcesRoot)
    {
        _connectionString = operationalConnectionString;
        try
        {
            OperationalSchema.Create(operationalConnectionString);
            // each COPY names the table's one column list (the ETL's contract, <table>_columns.sql); the Write methods below
            // give the values in that order
            _customers = Open(Table(operationalConnectionString, "customers"));
            _products = Open(Table(operationalConnectionString, "products"));
            _orders = Open(Table(operationalConnectionString, "orders"));
            _orderLines = Open(Table(operationalConnectionString, "order_lines"));
            _returns = Open(Table(operationalConnectionString, "returns"));
            _interactions = Open(new InteractionExports(sourcesRoot));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    static TableImport Table(string connectionString, string table) =>
        new(connectionString, table, string.Join(", ", OperationalLanding.Columns(table).Names));

    /// <inheritdoc />
    public void WriteCustomer(DemoCustomer c)
    {
        var row = _customers.StartRow();
        row.Write(c.CustomerId, NpgsqlDbType.Integer);
        row.Write(c.FullName, NpgsqlDbType.Text);
        row.Write(c.PreferredName, NpgsqlDbType.Text);
        row.Write(c.Email, NpgsqlDbType.Text);
        row.Write(c.Region, NpgsqlDbType.Text);
        row.Write(c.SignupChannel, NpgsqlDbType.Text);
        row.Write(c.SignedUpAt, NpgsqlDbType.TimestampTz);
        row.Write(c.UpdatedAt, NpgsqlDbType.TimestampTz);
    }

    /// <inheritdoc />
    public void WriteProduct(DemoProduct p)
    {
        var row = _products.StartRow();
        row.Write(p.ProductId, NpgsqlDbType.Integer);
        row.Write(p.Sku, NpgsqlDbType.Text);
        row.Write(p.ProductName, NpgsqlDbType.Text);
        row.Write(p.Category, NpgsqlDbType.Text);
        row.Write(p.ListPrice, NpgsqlDbType.Numeric);
        row.Write(p.UpdatedAt, NpgsqlDbType.TimestampTz);
    }

    /// <inheritdoc />
    public void WriteOrder(DemoOrder o)
    {
        var row = _orders.StartRow();
        row.Write(o.OrderId, NpgsqlDbType.Bigint);
        row.Write(o.CustomerId, NpgsqlDbType.Integer);
        row.Write(o.OrderedAt, NpgsqlDbType.TimestampTz);
        row.Write(o.Channel, NpgsqlDbType.Text);
        row.Write(o.Status, NpgsqlDbType.Text);
        row.Write(o.UpdatedAt, NpgsqlDbType.TimestampTz);
    }

    /// <inheritdoc />
    public void WriteOrderLine(DemoOrderLine l)
    {
        var row = _orderLines.StartRow();
        row.Write(l.OrderId, NpgsqlDbType.Bigint);
        row.Write(l.LineNumber, NpgsqlDbType.Integer);
        row.Write(l.ProductId, NpgsqlDbType.Integer);
        row.Write(l.Quantity, NpgsqlDbType.Integer);
        row.Write(l.UnitPrice, NpgsqlDbType.Numeric);
        row.Write(l.DiscountAmount, NpgsqlDbType.Numeric);
    }

    /// <inheritdoc />
    public void WriteReturn(DemoReturn r)
    {
        var row = _returns.StartRow();
        row.Write(r.ReturnId, NpgsqlDbType.Bigint);
        row.Write(r.OrderId, NpgsqlDbType.Bigint);
        row.Write(r.LineNumber, NpgsqlDbType.Integer);
        row.Write(r.ReturnedAt, NpgsqlDbType.TimestampTz);
        row.Write(r.Quantity, NpgsqlDbType.Integer);
        row.Write(r.RefundAmount, NpgsqlDbType.Numeric);
        row.Write(r.Reason, NpgsqlDbType.Text);
    }

    /// <inheritdoc />
    public void WriteContact(DemoContact contact) => _interactions.WriteContact(contact);

    /// <inheritdoc />
    public void WriteComplaint(DemoComplaint complaint) => _interactions.WriteComplaint(complaint);

    /// <inheritdoc />
    public void Complete()
    {
        _customers.Complete();
        _products.Complete();
        _orders.Complete();
        _orderLines.Complete();
        _returns.Complete();
        // Keys are checked once over the loaded tables (faster than per row); a failure here means a generator bug,
        // and the file exports are then discarded with the writer.
        OperationalSchema.AddConstraints(_connectionString);
        _interactions.Complete();
    }

    /// <summary>Closes the connections; COPY streams not completed are cancelled and their tables stay empty.</summary>
    public void Dispose()
    {
        foreach (var part in _open) part.Dispose();
        _open.Clear();
    }

    T Open<T>(T part) where T : IDisposable
    {
        _open.Add(part);
        return part;
    }
}
