using Insights.Warehouse;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Reports.Pages.Service.Channels;

namespace Insights.Tests.Reports.Pages.Service.Channels;

/// <summary>The Channels view's numbers on the channels world (TestData/service/channels/README.md works each one out).</summary>
public sealed class ChannelsQueryTests(ChannelsWorld world) : IClassFixture<ChannelsWorld>
{
    ChannelsResult Run(ChannelsFilter? filter = null) => world.Host.Get<ChannelsQuery>().Run(filter ?? new ChannelsFilter());

    [Fact]
    public void Channels_count_contacts_customers_directions_and_mean_durations_without_the_missing_ones()
    {
        var result = Run();

        Assert.Equal(11, result.Contacts);
        Assert.Equal(5, result.Customers);
        var channels = result.Channels.ToDictionary(c => c.Channel);
        Assert.Equal(["phone", "visit", "email", "portal_login"], result.Channels.Select(c => c.Channel));   // the channel keys' order
        Assert.Equal((5, 3, 4, 1, 5), (channels["phone"].Contacts, channels["phone"].Customers, channels["phone"].Inbound, channels["phone"].Outbound, channels["phone"].WithDuration));
        Assert.Equal(348.0, channels["phone"].MeanDurationSeconds!.Value, 9);
        Assert.Equal(5.0 / 11, channels["phone"].Share, 12);
        // e-mail: contact 2 has no duration: left out of the mean (90 s), not counted as 0 (60 s)
        Assert.Equal(90.0, channels["email"].MeanDurationSeconds!.Value, 9);
        Assert.Equal(1, channels["email"].WithoutDuration);
        Assert.Null(channels["portal_login"].MeanDurationSeconds);
        Assert.Equal("collaborative", channels["portal_login"].CrmFace);
        Assert.Equal(1800.0, channels["visit"].MeanDurationSeconds!.Value, 9);
    }

    [Fact]
    public void Faces_and_directions_count_distinct_customers_per_group()
    {
        var result = Run();

        var faces = result.Faces.ToDictionary(f => f.Group);
        Assert.Equal((9L, 5L), (faces["operational"].Contacts, faces["operational"].Customers));
        Assert.Equal((2L, 2L), (faces["collaborative"].Contacts, faces["collaborative"].Customers));
        Assert.Equal(2.0 / 11, result.SelfServiceShare, 12);
        var directions = result.Directions.ToDictionary(d => d.Group);
        Assert.Equal((9L, 5L), (directions["inbound"].Contacts, directions["inbound"].Customers));
        Assert.Equal((2L, 2L), (directions["outbound"].Contacts, directions["outbound"].Customers));
    }

    [Fact]
    public void Month_channel_cells_stack_to_each_month_s_contacts()
    {
        var cells = Run().MonthChannels.ToDictionary(c => (c.Month, c.Channel), c => c.Contacts);

        Assert.Equal(2, cells[(new DateOnly(2024, 1, 1), "phone")]);
        Assert.Equal(1, cells[(new DateOnly(2024, 1, 1), "email")]);
        Assert.Equal(2, cells[(new DateOnly(2024, 3, 1), "email")]);
        Assert.Equal(1, cells[(new DateOnly(2024, 4, 1), "phone")]);
        Assert.Equal(9, cells.Count);
    }

    [Fact]
    public void Order_channels_count_completed_orders_only()
    {
        var sales = Run().SalesChannels.ToDictionary(s => s.Channel, s => s.Orders);
        Assert.Equal(new Dictionary<string, long> { ["web"] = 6, ["store"] = 4, ["app"] = 1 }, sales);

        var quarter = Run(new ChannelsFilter { From = new(2024, 1, 1), To = new(2024, 3, 31) }).SalesChannels.ToDictionary(s => s.Channel, s => s.Orders);
        Assert.Equal(new Dictionary<string, long> { ["web"] = 2, ["store"] = 2 }, quarter);   // the cancelled 03-20 order is not one
    }

    [Fact]
    public void Active_customers_count_an_order_in_the_month_or_the_twelve_before()
    {
        var months = Run().Months;

        Assert.Equal([new DateOnly(2024, 1, 1), new(2024, 2, 1), new(2024, 3, 1), new(2024, 4, 1)], months.Select(m => m.Month));
        Assert.Equal([3L, 2L, 3L, 4L], months.Select(m => m.ActiveCustomers));   // Ben active in January, not in February
        Assert.Equal([3L, 3L, 4L, 1L], months.Select(m => m.Contacts));
        Assert.Equal([3L, 3L, 3L, 1L], months.Select(m => m.ContactsByActive));   // Dan's March contact: never active
        Assert.Equal([1.0, 1.5, 1.0, 0.25], months.Select(m => m.ContactsPerActiveCustomer!.Value));
        Assert.Equal([0.0, 0.5, 1.0 / 3, 0.0], months.Select(m => m.SelfServiceAdoption!.Value));
    }

    [Fact]
    public void Region_segment_channel_and_period_filters_change_the_numbers()
    {
        var south = Run(new ChannelsFilter { Region = "South" });
        Assert.Equal(5, south.Contacts);
        Assert.Equal([2L, 1L, 2L], south.Months.Select(m => m.ActiveCustomers));
        Assert.Equal(new Dictionary<string, long> { ["store"] = 3, ["web"] = 1 }, south.SalesChannels.ToDictionary(s => s.Channel, s => s.Orders));

        var loyal = Run(new ChannelsFilter { Segment = "Loyal" });
        Assert.Equal(4, loyal.Contacts);
        Assert.Equal(3, loyal.Channels.Single(c => c.Channel == "phone").Contacts);

        var phone = Run(new ChannelsFilter { Channel = "phone" });
        Assert.Equal(5, phone.Contacts);
        Assert.Equal("phone", Assert.Single(phone.Channels).Channel);
        var february = phone.Months.Single(m => m.Month == new DateOnly(2024, 2, 1));
        Assert.Equal(0.5, february.ContactsPerActiveCustomer!.Value, 12);
        Assert.Equal(0.5, february.SelfServiceAdoption!.Value, 12);   // adoption ignores the channel filter

        var quarter = Run(new ChannelsFilter { From = new(2024, 1, 1), To = new(2024, 3, 31) });
        Assert.Equal(10, quarter.Contacts);
        Assert.Equal(3, quarter.Months.Count);
    }

    [Fact]
    public void Active_customers_count_in_the_region_of_the_version_in_force_at_the_month_s_end()
    {
        // a world of its own: Cat moves from South to North on 2024-03-15 (README, "Cat moves north")
        using var moved = new ServiceWorld("channels");
        using (var connection = moved.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            connection.ExecuteNonQuery("""
                update dim_customer set valid_to = '2024-03-15', is_current = false where customer_key = 30;
                insert into dim_customer values (31, 3, 'Cat South', 'Cat', null, 'North', 'web', '2023-01-01', '2024-03-15', '9999-12-31', true, false);
                """);
            ServiceWorld.BuildMarts(connection);   // as the load that moved her would
        }
        var query = moved.Host.Get<ChannelsQuery>();

        var south = query.Run(new ChannelsFilter { Region = "South" }).Months;
        Assert.Equal([2L, 1L, 1L], south.Select(m => m.ActiveCustomers));   // March: Ben only, Cat is North at the month's end
        Assert.Equal([1L, 1L, 2L], south.Select(m => m.ContactsByActive));   // Cat's March contact (made as South) is not by a South active customer
        var north = query.Run(new ChannelsFilter { Region = "North" }).Months;
        Assert.Equal([1L, 1L, 2L, 3L], north.Select(m => m.ActiveCustomers));
    }

    [Fact]
    public void A_saved_segment_limits_every_contact_row_as_the_rfm_segment_of_the_same_customers_does()
    {
        // a world of its own: a saved segment (id 7) whose members are the customers whose current RFM segment is Loyal
        using var saved = new ServiceWorld("channels");
        using (var connection = saved.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("insert into app_segment_member select 7, customer_id from mart_customer_rfm where segment = 'Loyal'");
        var members = saved.Host.Scalar<long>("select count(*) from app_segment_member");
        var filter = new ChannelsFilter { SegmentId = 7 };
        filter.ApplySegment(new SegmentScope(7, "Loyal ones", members, DateTime.UnixEpoch, true));
        var query = saved.Host.Get<ChannelsQuery>();

        var bySegment = query.Run(filter);
        var loyal = query.Run(new ChannelsFilter { Segment = "Loyal" });

        Assert.Equal(4, bySegment.Contacts);   // not the world's every contact: the rows of no channel filter count members only
        Assert.Equal((loyal.Contacts, loyal.Customers), (bySegment.Contacts, bySegment.Customers));
        Assert.Equal(loyal.Channels, bySegment.Channels);
        Assert.Equal(loyal.MonthChannels, bySegment.MonthChannels);
    }
}
