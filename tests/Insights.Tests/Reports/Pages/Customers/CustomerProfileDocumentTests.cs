using Insights.Etl;
using Insights.Reports.Pages.Customers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// A profile reads the customer's document (mart_customer_profile, one row per customer kept by the loads) instead of five
/// tables: it must show what the tables show, and a load that changes a customer must rewrite that customer's document.
/// </summary>
public sealed class CustomerProfileDocumentTests
{
    static CustomerProfileResult? Profile(WarehouseHost host, int id, string? kind = null, int page = 1) =>
        host.Get<CustomerProfileQuery>().Run(id, new CustomerTimelineFilter { Kind = kind, PageNumber = page }, PersonalDataView.Full,
            CancellationToken.None);

    // everything the document gives the page, as text (decimals with their scale, times to the tick); the model figures are
    // read apart and not compared
    static string Text(CustomerProfileResult? result) => result is null ? "none" : string.Join("\n",
        [result.Customer.ToString(), result.Counts.ToString(), .. result.OpenComplaints.Select(c => c.ToString()),
         .. result.Timeline.Select(e => e is ChangeEvent change ? $"{change.At:O} {string.Join("; ", change.Changes)}" : $"{e:O}" + e)]);

    // written as a load writes: one transaction committed through the gate (a new warehouse state)
    static void Commit(WarehouseHost host, Action<DuckDB.NET.Data.DuckDBConnection> write)
    {
        var warehouse = host.Get<DuckDbWarehouse>();
        using var connection = warehouse.OpenWriteConnection();
        using var transaction = connection.BeginTransaction();
        write(connection);
        warehouse.Gate.Commit(transaction);
    }

    static readonly (string? Kind, int Page)[] Views =
        [(null, 1), ("order", 1), ("return", 1), ("contact", 1), ("complaint", 1), ("change", 1), (null, 2)];

    [Fact]
    public void The_document_gives_every_profile_view_the_tables_give()
    {
        using var world = new CustomerWorld();
        var host = world.Host;
        // the world's mart is empty (its marts are written straight, not loaded): the page reads the tables one by one
        Assert.Equal(0L, host.Scalar<long>("select count(*) from mart_customer_profile"));
        int[] ids = [1, 2, 3, 4, 5, 6];
        var fromTables = ids.SelectMany(id => Views.Select(v => Text(Profile(host, id, v.Kind, v.Page)))).ToList();
        Assert.Contains("Björn Ångström", fromTables[0]);
        Assert.Equal("none", fromTables[^1]);   // no customer 6

        // the model writes the documents; the tables they came from are emptied, so what the page shows now is the documents'
        Commit(host, connection =>
        {
            host.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_profile"]);
            foreach (var mart in CustomerWorld.TimelineMarts) connection.ExecuteNonQuery($"delete from {mart}");
            connection.ExecuteNonQuery("update dim_customer set region = 'Nowhere'");
        });

        Assert.Equal(5L, host.Scalar<long>("select count(*) from mart_customer_profile"));
        var fromDocuments = ids.SelectMany(id => Views.Select(v => Text(Profile(host, id, v.Kind, v.Page)))).ToList();
        for (var i = 0; i < fromTables.Count; i++) Assert.Equal(fromTables[i], fromDocuments[i]);
    }

    sealed class LoadedWorld : IDisposable
    {
        readonly TempFolder _folder = new();

        public LoadedWorld()
        {
            Host = new WarehouseHost(_folder);
            TinyWorld.CopyTo(Host.SourcesFolder);
            Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        }

        public WarehouseHost Host { get; }

        public string Source(string relative) => Path.Combine(Host.SourcesFolder, relative);

        public Dictionary<int, string> Documents() =>
            Host.Rows("select customer_id, profile from mart_customer_profile").ToDictionary(r => (int)r[0]!, r => (string)r[1]!);

        public void Dispose()
        {
            Host.Dispose();
            _folder.Dispose();
        }
    }

    [Fact]
    public void A_load_that_changes_one_customer_rewrites_that_customers_document_only()
    {
        using var world = new LoadedWorld();
        var before = world.Documents();
        Assert.Equal([1, 2, 3, 4], before.Keys.Order());   // 4: inferred from order 103
        var ann = Profile(world.Host, 1)!;
        Assert.Equal(("North", 2L, 1L, 0L), (ann.Customer.Region, ann.Counts.Orders, ann.Counts.Complaints, ann.Counts.Changes));

        // Ann moves West on March 1, orders again on March 10 and complains about it the next day
        File.WriteAllText(world.Source("operational/customers.csv"), File.ReadAllText(world.Source("operational/customers.csv"))
            .Replace("1,Ann Smith,Annie,ann@example.com,North,web,2024-01-05 10:00:00,2024-01-05 10:00:00",
                     "1,Ann Smith,Annie,ann@example.com,West,web,2024-01-05 10:00:00,2024-03-01 00:00:00"));
        File.AppendAllText(world.Source("operational/orders.csv"), "104,1,2024-03-10 10:00:00,web,completed,2024-03-10 10:00:00\n");
        File.AppendAllText(world.Source("operational/order_lines.csv"), "104,1,20,4,1.20,0.40\n");
        File.AppendAllText(world.Source("complaints/complaints.jsonl"),
            """{"complaint_id":3,"customer_id":1,"order_id":104,"product_id":20,"category":"delivery_delay","severity":"low","opened_at":"2024-03-11 09:00:00","resolved_at":null,"status":"open","text":"Still waiting"}""" + "\n");
        world.Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);

        var after = world.Documents();
        Assert.NotEqual(before[1], after[1]);
        Assert.Equal([before[2], before[3], before[4]], [after[2], after[3], after[4]]);
        ann = Profile(world.Host, 1)!;
        Assert.Equal(("West", 3L, 2L, 1L), (ann.Customer.Region, ann.Counts.Orders, ann.Counts.Complaints, ann.Counts.Changes));
        var order = ann.Timeline.OfType<OrderEvent>().First();
        Assert.Equal((104L, 4.40m, "Croissant × 4"), (order.OrderId, order.NetAmount, order.Products));   // 4 × 1.20 − 0.40
        Assert.Equal(3L, Assert.Single(ann.OpenComplaints).ComplaintId);
        var change = ann.Timeline.OfType<ChangeEvent>().Single();
        Assert.Equal(new AttributeChange("Region", "North", "West"), Assert.Single(change.Changes));

        // and what the loads kept is what a full build writes
        PerCustomerMarts.AssertEqualAFullRebuild(world.Host);
    }
}
