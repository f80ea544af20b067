using Insights.Reports.Pages.Service.Attribution;

namespace Insights.Tests.Reports.Pages.Service.Attribution;

/// <summary>"What contacts lead to" on the channels world (TestData/service/channels/README.md works each number out).</summary>
public sealed class AttributionQueryTests(ChannelsWorld world) : IClassFixture<ChannelsWorld>
{
    AttributionResult Run(AttributionFilter? filter = null) => world.Host.Get<AttributionQuery>().Run(filter ?? new AttributionFilter());

    static AttributionRow Row(AttributionResult result, string channel, string direction) =>
        result.Rows.Single(r => r.Channel == channel && r.Direction == direction);

    [Fact]
    public void An_order_on_day_n_follows_a_contact_and_one_on_day_n_plus_one_does_not()
    {
        var result = Run();

        Assert.Equal(14, result.Days);
        Assert.Equal(new DateOnly(2024, 9, 30), result.DataLastDay);
        var phone = Row(result, "phone", "inbound");   // contact 1: order on day 14
        Assert.Equal((4L, 4L, 3L, 3L), (phone.Contacts, phone.Followable, phone.Followed, phone.Customers));
        Assert.Equal(0, Row(result, "email", "outbound").Followed);   // contact 2: order on day 15
        Assert.Equal(1, Row(Run(new AttributionFilter { Days = 15 }), "email", "outbound").Followed);
    }

    [Fact]
    public void The_baseline_counts_the_same_customers_control_days_without_a_contact_before()
    {
        var result = Run();

        var phone = Row(result, "phone", "inbound");
        Assert.Equal((10L, 2L), (phone.Controls, phone.ControlsFollowed));
        Assert.Equal(0.2, phone.Baseline!.Value, 12);
        Assert.Equal(3.75, phone.Lift!.Value, 12);
        Assert.Equal(0.95997, phone.LiftInterval!.Value.Low, 4);
        var email = Row(result, "email", "inbound");   // Ben and Dan: 3 + 4 control days, one followed; contact 6 ordered the same day
        Assert.Equal((1L, 2L, 7L, 1L), (email.Followed, email.Followable, email.Controls, email.ControlsFollowed));
        Assert.Equal(3.5, email.Lift!.Value, 12);
        var portal = Row(result, "portal_login", "inbound");   // Cat's order 10 days after contact 8 was cancelled
        Assert.Equal((1L, 2L, 6L, 1L), (portal.Followed, portal.Followable, portal.Controls, portal.ControlsFollowed));
        Assert.Equal(3.0, portal.Lift!.Value, 12);
        var visit = Row(result, "visit", "inbound");
        Assert.Equal((0L, 3L, 0L), (visit.Followed, visit.Controls, visit.ControlsFollowed));
        Assert.Null(visit.Lift);
        Assert.Equal(0.0, Row(result, "phone", "outbound").Lift!.Value, 12);
        Assert.Null(Row(result, "phone", "outbound").LiftInterval);
        Assert.Equal(6, result.Rows.Count);
        Assert.Null(result.ClearestLift);   // every lift interval in this small world includes 1
    }

    [Fact]
    public void Region_filter_limits_contacts_and_control_days()
    {
        var phone = Row(Run(new AttributionFilter { Region = "South" }), "phone", "inbound");

        Assert.Equal((1L, 1L, 2L, 0L), (phone.Followable, phone.Followed, phone.Controls, phone.ControlsFollowed));
        Assert.Null(phone.Lift);
    }

    [Fact]
    public void Lapse_counts_only_buyers_whose_last_contact_is_180_days_before_the_data_s_end()
    {
        var lapses = Run().Lapses.ToDictionary(l => l.Channel);

        Assert.Equal((2L, 1L, 0L, 1L, 0L), (lapses["phone"].LastContacts, lapses["phone"].TooRecent, lapses["phone"].NeverBought, lapses["phone"].Customers, lapses["phone"].Lapsed));
        Assert.Equal((2L, 0L, 1L, 1L, 0L), (lapses["email"].LastContacts, lapses["email"].TooRecent, lapses["email"].NeverBought, lapses["email"].Customers, lapses["email"].Lapsed));
        Assert.Equal((1L, 1L), (lapses["portal_login"].Customers, lapses["portal_login"].Lapsed));
        Assert.Equal(1.0, lapses["portal_login"].Share!.Value, 12);
        Assert.False(lapses.ContainsKey("visit"));
    }

    [Fact]
    public void A_period_starting_long_before_the_data_adds_no_control_days()
    {
        // control days start at the first contact's month at the earliest: days before the data have no order to follow
        var early = Row(Run(new AttributionFilter { From = new(1900, 1, 1) }), "phone", "inbound");
        Assert.Equal((10L, 2L), (early.Controls, early.ControlsFollowed));

        // a period ending far ahead runs the control days to the data's last day − N (2024-09-16): the 1sts of January to September
        var wide = Row(Run(new AttributionFilter { From = new(1900, 1, 1), To = new(2199, 12, 31) }), "phone", "inbound");
        Assert.Equal((24L, 2L), (wide.Controls, wide.ControlsFollowed));
    }
}
