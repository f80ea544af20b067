using Insights.Reports.Pages.Customers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// The customer pages keep what they read per warehouse state (CustomerPageCache): a profile or a search asked again is not
/// read again until a commit, while the reader's view and the SLA clock apply on every request.
/// </summary>
public sealed class CustomerPageCacheTests
{
    static CustomerProfileResult Profile(CustomerWorld world, PersonalDataView view = PersonalDataView.Full) =>
        world.Host.Get<CustomerProfileQuery>().Run(1, new CustomerTimelineFilter(), view, CancellationToken.None)!;

    // Björn's region in <table>, written as a load writes (a transaction committed through the gate: a new state) or past it
    static void MoveBjorn(CustomerWorld world, string region, bool throughTheGate, string table = "dim_customer")
    {
        var warehouse = world.Host.Get<DuckDbWarehouse>();
        using var connection = warehouse.OpenWriteConnection();
        using var transaction = connection.BeginTransaction();
        // the table name is one of this file's constants
        connection.ExecuteNonQuery($"update {table} set region = $region where customer_id = 1", ("region", region));
        if (throughTheGate) warehouse.Gate.Commit(transaction);
        else transaction.Commit();
    }

    [Fact]
    public void A_profile_asked_again_is_kept_until_a_commit_through_the_gate()
    {
        using var world = new CustomerWorld();
        Assert.Equal("South", Profile(world).Customer.Region);

        // a write past the gate (no load does that) is not seen: the first read is kept
        MoveBjorn(world, "East", throughTheGate: false);
        Assert.Equal("South", Profile(world).Customer.Region);

        MoveBjorn(world, "West", throughTheGate: true);
        Assert.Equal("West", Profile(world).Customer.Region);
    }

    [Fact]
    public void A_kept_profile_is_masked_for_each_reader_and_its_open_complaints_measured_now()
    {
        using var world = new CustomerWorld();
        var full = Profile(world);
        var clock = (SettableClock)world.Host.Get<TimeProvider>();
        clock.Now = CustomerWorld.Now.AddHours(10);

        var masked = Profile(world, PersonalDataView.Masked);

        Assert.Equal("Björn Ångström", full.Customer.FullName);
        Assert.Null(masked.Customer.FullName);
        Assert.NotNull(Assert.Single(full.OpenComplaints).Text);
        Assert.Equal(Assert.Single(full.OpenComplaints).Text, Assert.Single(masked.OpenComplaints).Text);   // texts show to every reader
        Assert.Equal(194, Assert.Single(full.OpenComplaints).Sla.Hours);       // 2024-04-12 10:00 to 2024-04-20 12:00
        Assert.Equal(204, Assert.Single(masked.OpenComplaints).Sla.Hours);     // ten hours later
    }

    [Fact]
    public void The_profile_warm_up_keeps_what_every_profile_of_the_state_shares()
    {
        using var world = new CustomerWorld();
        var warmUp = new CustomerProfileWarmUp(world.Host.Get<CustomerProfileQuery>(), world.Host.Get<CustomerPageCache>());
        Assert.Equal(3, warmUp.Run(CancellationToken.None));

        // products renamed past the gate (no load does that: the state stays): the profile names them as the warm-up read them
        var warehouse = world.Host.Get<DuckDbWarehouse>();
        using (var connection = warehouse.OpenWriteConnection())
            connection.ExecuteNonQuery("update dim_product set product_name = 'Renamed'");

        Assert.Equal("Trail shoes × 1, Wool socks × 2", Profile(world).Timeline.OfType<OrderEvent>().Last().Products);
    }

    static CustomerMatch Bjorn(CustomerSearchResult result) => Assert.Single(result.Matches, m => m.CustomerId == 1);

    [Fact]
    public void A_search_asked_again_is_kept_and_masked_for_each_reader()
    {
        using var world = new CustomerWorld();
        var query = world.Host.Get<CustomerSearchQuery>();
        query.Run(new CustomerSearchFilter { Q = "bjorn" }, PersonalDataView.Full, CancellationToken.None);
        query.Run(new CustomerSearchFilter { Q = "bjorn" }, PersonalDataView.Masked, CancellationToken.None);
        MoveBjorn(world, "East", throughTheGate: false, table: "mart_customer_search");

        // each view's search is kept (a masked reader's matches other words, so it is a search of its own)
        var full = query.Run(new CustomerSearchFilter { Q = "bjorn" }, PersonalDataView.Full, CancellationToken.None);
        var masked = query.Run(new CustomerSearchFilter { Q = "bjorn" }, PersonalDataView.Masked, CancellationToken.None);

        Assert.Equal("South", Bjorn(full).Region);
        Assert.Equal("South", Bjorn(masked).Region);
        Assert.Equal("Björn Ångström", Bjorn(full).FullName);
        Assert.Null(Bjorn(masked).FullName);
        MoveBjorn(world, "West", throughTheGate: true, table: "mart_customer_search");
        Assert.Equal("West", Bjorn(query.Run(new CustomerSearchFilter { Q = "bjorn" }, PersonalDataView.Full, CancellationToken.None)).Region);
    }
}
