namespace Insights.Demo;

/// <summary>
/// The contact log: staff interactions (visit, phone, letter, email, audio/video conference, instant message) and
/// self-service portal events, each tied to something that happened to the customer, about three per customer at any scale.
/// </summary>
sealed class ContactLog(Random random, DemoCalendar calendar, DemoOutput output)
{
    static readonly WeightedValues InquiryChannels = new(("phone", 40), ("email", 30), ("instant_message", 15), ("visit", 10), ("audio_video_conference", 5));
    static readonly WeightedValues InquiryTopics = new(("order_status", 35), ("delivery", 25), ("product_question", 25), ("billing", 15));
    static readonly WeightedValues ReturnChannels = new(("phone", 35), ("email", 30), ("visit", 25), ("instant_message", 10));
    static readonly WeightedValues ComplaintChannels = new(("phone", 55), ("email", 35), ("instant_message", 10));
    static readonly WeightedValues OutboundChannels = new(("email", 50), ("letter", 30), ("phone", 15), ("audio_video_conference", 5));
    static readonly WeightedValues OutboundTopics = new(("marketing", 60), ("loyalty_program", 25), ("survey", 15));
    static readonly WeightedValues AccountChannels = new(("phone", 60), ("visit", 25), ("letter", 15));

    /// <summary>Online customers using the portal leave traces around their orders: often a login first, always the order itself.</summary>
    public void PortalOrder(Shopper shopper, DateTime orderedAt)
    {
        if (random.Chance(0.3))
        {
            var loginAt = orderedAt.AddSeconds(-random.Next(120, 2_700));
            if (loginAt >= shopper.SignedUpAt) Log(shopper.Id, loginAt, "portal_login", "inbound", "login");
        }
        Log(shopper.Id, orderedAt, "portal_order", "inbound", "order");
    }

    /// <summary>Now and then a customer asks about an order in the days after placing it.</summary>
    public void MaybeAboutOrder(int customerId, DateTime orderedAt)
    {
        if (!random.Chance(0.05)) return;
        var at = DemoCalendar.Later(orderedAt, random.Uniform(0.05, 5));
        Log(customerId, at, InquiryChannels.Draw(random), "inbound", InquiryTopics.Draw(random));
    }

    /// <summary>Many returns are announced to the service desk shortly before the parcel arrives.</summary>
    public void AboutReturn(int customerId, DateTime orderedAt, DateTime returnedAt)
    {
        if (!random.Chance(0.25)) return;
        var at = DemoCalendar.Later(returnedAt, -random.Uniform(0, 2));
        if (at > orderedAt) Log(customerId, at, ReturnChannels.Draw(random), "inbound", "returns");
    }

    /// <summary>A complaint is raised in a call, e-mail or chat minutes before it is logged, and resolution is often followed up.</summary>
    public void AboutComplaint(int customerId, DateTime openedAt, DateTime? resolvedAt)
    {
        Log(customerId, openedAt.AddSeconds(-random.Next(60, 900)), ComplaintChannels.Draw(random), "inbound", "complaint");
        if (resolvedAt is { } resolved && random.Chance(0.6))
            Log(customerId, resolved, random.Chance(0.5) ? "email" : "phone", "outbound", "complaint_resolution");
    }

    /// <summary>Marketing reaches customers whether or not they still buy (win-back letters go to lapsed ones too).</summary>
    public void Outbound(int customerId, DateTime signedUpAt)
    {
        var from = signedUpAt > calendar.Start ? signedUpAt : calendar.Start;
        var count = random.Poisson(0.35);
        for (var i = 0; i < count; i++)
        {
            var at = calendar.DayTime(random, DemoCalendar.Later(from, random.Uniform(0, (calendar.End - from).TotalDays)), online: false);
            if (at > from) Log(customerId, at, OutboundChannels.Draw(random), "outbound", OutboundTopics.Draw(random));
        }
    }

    /// <summary>A profile change (customers.updated_at) shows up as a portal account change or a call to the desk.</summary>
    public void AccountChange(Shopper shopper, DemoCustomer customer)
    {
        if (customer.UpdatedAt == customer.SignedUpAt || customer.UpdatedAt < calendar.Start) return;
        if (shopper.PortalUser) Log(customer.CustomerId, customer.UpdatedAt, "portal_account_change", "inbound", "account");
        else Log(customer.CustomerId, customer.UpdatedAt, AccountChannels.Draw(random), "inbound", "account");
    }

    void Log(int customerId, DateTime at, string channel, string direction, string topic)
    {
        if (at > calendar.End || at < calendar.Start) return;
        output.Contact(customerId, at, channel, direction, Duration(channel), topic);
    }

    /// <summary>Seconds spent: calls, visits, chats and portal sessions have a length; letters, e-mails and clicks do not.</summary>
    int? Duration(string channel) => channel switch
    {
        "phone" => 60 + (int)random.Gamma(2, 150),
        "visit" => 300 + (int)random.Gamma(2, 400),
        "instant_message" => 60 + (int)random.Gamma(2, 150),
        "audio_video_conference" => 600 + (int)random.Gamma(3, 300),
        "portal_login" => 30 + (int)random.Gamma(1.5, 300),
        _ => null,
    };
}
