using Insights.Reports.Pages.Customers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// The profile's reads leave the order to the page (CustomerProfileQuery: a sort in DuckDB cost more than the read), so a page
/// of one kind must still hold that kind's newest events whatever order the mart gives; and the profile skips the complaints
/// and returns of a customer who had none at the warehouse state (CustomerEventKinds), so a first one must show once a load
/// commits it.
/// </summary>
public sealed class CustomerTimelineReadTests
{
    static CustomerProfileResult Profile(CustomerWorld world, int id, string? kind = null, int page = 1) =>
        world.Host.Get<CustomerProfileQuery>().Run(id, new CustomerTimelineFilter { Kind = kind, PageNumber = page },
            PersonalDataView.Full, CancellationToken.None)!;

    // written as a load writes: one transaction committed through the gate (a new warehouse state)
    static void Load(CustomerWorld world, string sql)
    {
        var warehouse = world.Host.Get<DuckDbWarehouse>();
        using var connection = warehouse.OpenWriteConnection();
        using var transaction = connection.BeginTransaction();
        connection.ExecuteNonQuery(sql);
        warehouse.Gate.Commit(transaction);
    }

    [Fact]
    public void A_page_of_contacts_holds_the_newest_whatever_order_the_mart_gives()
    {
        using var world = new CustomerWorld();
        var before = Profile(world, 5).Counts.Contacts;
        // 60 contacts of Marta, after every contact of the world, written oldest first (the mart keeps its rows in id order,
        // which here is the page's order reversed): contact 9059 is the newest
        Load(world, """
            insert into mart_customer_contact
            select 5, 9000 + i, timestamp '2024-04-19 00:00' + i * interval 1 minute, (select min(channel_key) from dim_channel),
                   'outbound', 'survey', 60
            from range(60) as t(i)
            """);

        var first = Profile(world, 5, kind: "contact");
        var second = Profile(world, 5, kind: "contact", page: 2);

        Assert.Equal(before + 60, first.Counts.Contacts);
        Assert.Equal(Enumerable.Range(0, CustomerTimelineFilter.PageSize).Select(i => 9059L - i),
            first.Timeline.Cast<ContactEvent>().Select(c => c.ContactId));
        Assert.Equal(Enumerable.Range(CustomerTimelineFilter.PageSize, 60 - CustomerTimelineFilter.PageSize).Select(i => 9059L - i),
            second.Timeline.Cast<ContactEvent>().Take(60 - CustomerTimelineFilter.PageSize).Select(c => c.ContactId));
    }

    [Fact]
    public void A_first_complaint_and_return_show_once_a_load_commits_them()
    {
        using var world = new CustomerWorld();
        // Marta has neither at first: this state's sets skip both reads
        Assert.Equal((0L, 0L), (Profile(world, 5).Counts.Complaints, Profile(world, 5).Counts.Returns));

        Load(world, """
            insert into mart_customer_complaint values
                (5, 990, timestamp '2024-04-18 09:00', null, null, 'open', 'delivery', 'low', null, 'Late parcel', null, null);
            insert into mart_customer_return
            select 5, 991, timestamp '2024-04-18 10:00', 1001, min(product_key), 1, 5.00, 'damaged' from dim_product;
            """);

        var result = Profile(world, 5);
        Assert.Equal((1L, 1L), (result.Counts.Complaints, result.Counts.Returns));
        Assert.Equal(990, Assert.Single(result.OpenComplaints).ComplaintId);
        Assert.Equal(991, result.Timeline.OfType<ReturnEvent>().Single().ReturnId);
    }
}
