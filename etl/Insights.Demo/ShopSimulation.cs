namespace Insights.Demo;

/// <summary>
/// Runs the shop through time: customers sign up in time order and every active shopper's next trip waits in a priority
/// queue, so orders are written (and numbered) in the order they happen, and only active shoppers are held in memory.
/// </summary>
sealed class ShopSimulation
{
    readonly Random _random;
    readonly DemoCalendar _calendar;
    readonly DemoOutput _output;
    readonly ShopperFactory _shoppers;
    readonly BasketBuilder _baskets;
    readonly Checkout _checkout;
    readonly ComplaintDesk _complaints;
    readonly ContactLog _contacts;
    readonly PriorityQueue<Shopper, (DateTime At, int Id)> _trips = new();

    // serviceRandom drives the complaints' follow-up (ComplaintResponder), apart from random so that its draws leave the rest of
    // the world as it was.
    public ShopSimulation(Random random, Random serviceRandom, DemoCalendar calendar, ProductCatalog catalog, DemoOutput output)
    {
        _random = random;
        _calendar = calendar;
        _output = output;
        _shoppers = new ShopperFactory(random, calendar);
        _baskets = new BasketBuilder(random, catalog);
        _contacts = new ContactLog(random, calendar, output);
        _checkout = new Checkout(random, calendar, output, _contacts);
        _complaints = new ComplaintDesk(random, calendar, output, _contacts, new ComplaintResponder(serviceRandom, calendar));
    }

    public void Run(int customers)
    {
        var signups = SignupTimes(customers);
        var next = 0;
        while (next < signups.Length || _trips.Count > 0)
        {
            if (_trips.TryPeek(out var shopper, out var trip) && (next == signups.Length || trip.At < signups[next]))
            {
                _trips.Dequeue();
                Visit(shopper, trip.At);
                if (shopper.Active) Schedule(shopper, trip.At);
                continue;
            }
            SignUp(next + 1, signups[next]);
            next++;
        }
    }

    /// <summary>
    /// Cohorts: a quarter of the customers signed up before the history starts, the rest during it, more of them towards
    /// the end (the shop grows). Ids follow sign-up order.
    /// </summary>
    DateTime[] SignupTimes(int customers)
    {
        const double growth = 1.0;   // twice as many sign-ups a day at the end as at the start
        var times = new DateTime[customers];
        for (var i = 0; i < customers; i++)
        {
            double dayOffset;
            if (_random.Chance(0.25)) dayOffset = -_random.Uniform(1, 3 * 365);
            else
            {
                var u = _random.NextDouble();
                dayOffset = (-1 + Math.Sqrt(1 + 2 * growth * u * (1 + growth / 2))) / growth * _calendar.Days;
            }
            times[i] = _calendar.DayTime(_random, _calendar.Start.AddDays(Math.Floor(dayOffset)), online: _random.Chance(0.45));
        }
        Array.Sort(times);
        return times;
    }

    void SignUp(int id, DateTime signedUpAt)
    {
        var (shopper, row) = _shoppers.SignUp(id, signedUpAt);
        _output.Customer(row);
        _contacts.Outbound(id, signedUpAt);
        _contacts.AccountChange(shopper, row);

        if (signedUpAt < _calendar.Start)
        {
            // Existing customers: a fifth had already lapsed before the history starts; the others are mid-rhythm.
            if (_random.Chance(0.2)) return;
            shopper.NextUnplannedTrip = DemoCalendar.Later(_calendar.Start, WaitDays(shopper));
            foreach (var staple in shopper.Staples)
                staple.NextDue = DemoCalendar.Later(_calendar.Start, _random.Uniform(0, staple.IntervalDays));
            Schedule(shopper, signedUpAt);
            return;
        }
        // New customers mostly buy in the session they signed up in; some come back later, a few never buy.
        var roll = _random.NextDouble();
        if (roll < 0.05) return;
        var first = roll < 0.90
            ? signedUpAt.AddSeconds(_random.Next(180, 2_400))
            : DemoCalendar.Later(signedUpAt, WaitDays(shopper));
        shopper.NextUnplannedTrip = first;
        foreach (var staple in shopper.Staples) staple.NextDue = first;
        if (roll < 0.90 && first <= _calendar.End) _trips.Enqueue(shopper, (first, id));
        else Schedule(shopper, signedUpAt);
    }

    void Visit(Shopper shopper, DateTime at)
    {
        if (shopper.PendingEffect is { } effect && at >= effect.From)
        {
            ApplyComplaintEffect(shopper, effect.Outcome);
            if (!shopper.Active) return;
        }
        var dueStaples = new List<Staple>(shopper.Staples.Length);
        foreach (var staple in shopper.Staples)
        {
            // Staples due within a tenth of their interval ride along on this trip (whole days, so the due one is always in).
            if (staple.NextDue < at.Date.AddDays(1 + Math.Floor(staple.IntervalDays / 10))) dueStaples.Add(staple);
        }
        var unplanned = shopper.NextUnplannedTrip.Date <= at.Date;
        var basket = _baskets.Build(shopper, dueStaples, unplanned);
        if (basket.Count == 0) basket = _baskets.Build(shopper, dueStaples, unplannedTrip: true);
        var (order, lines) = _checkout.Place(shopper, at, basket);
        _contacts.MaybeAboutOrder(shopper.Id, at);
        _complaints.MaybeComplain(shopper, order, lines);

        // Regular replenishment: the next purchase of a staple comes one personal interval later, give or take 15%.
        foreach (var staple in dueStaples)
            staple.NextDue = DemoCalendar.Later(at, staple.IntervalDays * _random.Uniform(0.85, 1.15));
        if (unplanned) shopper.NextUnplannedTrip = DemoCalendar.Later(at, WaitDays(shopper));
        // BG/NBD dropout: after every purchase the shopper may leave for good.
        if (_random.Chance(shopper.DropoutProbability)) shopper.Active = false;
    }

    /// <summary>
    /// Complaint effects on retention: quickly resolved complaints (under 48 h) make customers stay and buy a little more;
    /// slow (over a week) or unresolved ones make half of them leave at once and the rest far likelier to drop out.
    /// </summary>
    void ApplyComplaintEffect(Shopper shopper, ComplaintOutcome outcome)
    {
        shopper.PendingEffect = null;
        switch (outcome)
        {
            case ComplaintOutcome.Quick:
                shopper.DropoutProbability *= 0.5;
                shopper.TripRate *= 1.15;
                break;
            case ComplaintOutcome.Slow or ComplaintOutcome.Unresolved:
                if (_random.Chance(0.5)) shopper.Active = false;
                shopper.DropoutProbability = Math.Max(shopper.DropoutProbability, 0.3);
                shopper.TripRate *= 0.6;
                break;
        }
    }

    /// <summary>Days to the next unplanned trip (Poisson process at rate λ); a near-zero λ means "not within a century".</summary>
    double WaitDays(Shopper shopper) => Math.Min(_random.Exponential(shopper.TripRate), 36_500);

    /// <summary>Queues the shopper's next trip: the earliest of their unplanned trip and their staples, at a likely hour.</summary>
    void Schedule(Shopper shopper, DateTime now)
    {
        var due = shopper.NextUnplannedTrip;
        foreach (var staple in shopper.Staples)
            if (staple.NextDue < due) due = staple.NextDue;
        var at = _calendar.DayTime(_random, due, shopper.Online);
        if (at <= now.AddMinutes(30)) at = now.AddSeconds(_random.Next(1_800, 10_800));
        if (at <= _calendar.End) _trips.Enqueue(shopper, (at, shopper.Id));
    }
}
