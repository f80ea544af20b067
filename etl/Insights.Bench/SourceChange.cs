using Insights.Demo;
using Insights.Warehouse;
using Npgsql;

namespace Insights.Bench;

/// <summary>
/// Makes the 1% change the incremental load is measured on: updates and new orders in PostgreSQL (change_one_percent.sql) and a
/// new contact-log export next to the loaded one, so both kinds of source have something new.
/// </summary>
sealed class SourceChange(string connectionString, BenchWorkspace workspace)
{
    static readonly string ChangeSql = SqlResource.Load<SourceChange>("change_one_percent.sql");
    static readonly string FixedSql = SqlResource.Load<SourceChange>("change_fixed.sql");
    static readonly string CopyOrdersSql = SqlResource.Load<SourceChange>("copy_orders.sql");

    /// <summary>Name of the contact export the change drops.</summary>
    public const string ContactsFile = "contacts-bench-increment.csv";

    /// <summary>
    /// Applies the change to a world of <paramref name="customers"/> customers and <paramref name="contacts"/> contacts whose
    /// history ends on <paramref name="endDate"/>; parts: changed customers, orders (changed and new), new order lines, new contacts.
    /// </summary>
    public BenchPhase Apply(long customers, long contacts, DateOnly endDate)
    {
        var meter = new PhaseMeter();
        ChangePostgres(meter, ChangeSql);
        meter.StartPart();
        var newContacts = WriteContacts(customers, contacts, endDate);
        meter.EndPart("contacts", newContacts);
        meter.Note($"contacts: {newContacts} new rows in contacts/{ContactsFile}");
        return meter.Finish("change", "1% change: PostgreSQL updates and inserts, a new contact export");
    }

    /// <summary>
    /// Applies the fixed change (change_fixed.sql: 10,000 changed orders with their lines, 1,000 changed customers, whatever the
    /// scale), so the incremental load of it can be compared between scales.
    /// </summary>
    public BenchPhase ApplyFixed()
    {
        var meter = new PhaseMeter();
        ChangePostgres(meter, FixedSql);
        return meter.Finish("fixed change", "fixed change: 10,000 orders (half changed, half new) and 1,000 customers in PostgreSQL");
    }

    void ChangePostgres(PhaseMeter meter, string sql)
    {
        meter.StartPart();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        long changedCustomers, changedOrders, newLines;
        using (var change = new NpgsqlCommand(sql, connection, transaction)) change.ExecuteNonQuery();
        using (var command = new NpgsqlCommand(CopyOrdersSql, connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException("copy_orders.sql returned no counts.");
            (changedCustomers, changedOrders, newLines) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
        transaction.Commit();
        meter.EndPart("postgres", changedCustomers + changedOrders + newLines);
        meter.Note($"PostgreSQL: {changedCustomers} customers changed region, {changedOrders} orders changed or new, {newLines} new order lines");
    }

    // One new contact per hundred, numbered after the generated ones (the generator numbers contacts 1..n), on the last day.
    long WriteContacts(long customers, long contacts, DateOnly endDate)
    {
        var count = Math.Max(1, contacts / 100);
        var day = endDate.ToDateTime(new TimeOnly(9, 0));
        var path = Path.Combine(workspace.Sources, "contacts", ContactsFile);
        // a machine export in the generator's own form, by the generator's own writer (LF line ends, no BOM, no injection escaping)
        using var csv = new CsvTableWriter(path, "contact_id", "customer_id", "contacted_at", "channel", "direction", "duration_seconds", "topic");
        for (long i = 1; i <= count; i++)
        {
            var phone = i % 2 == 0;
            csv.Number(contacts + i).Number(1 + i * 37 % Math.Max(1, customers)).Timestamp(day.AddSeconds(i % 36_000))
                .Text(phone ? "phone" : "email").Text(phone ? "inbound" : "outbound").Number(phone ? 240 : null).Text(phone ? "order" : "offer")
                .EndRow();
        }
        csv.Complete();
        return count;
    }
}
