namespace Insights.Demo;

/// <summary>
/// Receives the generated rows one at a time, in any interleaving of kinds (a customer's orders follow the customer, an
/// order's lines follow the order). Nothing is visible to readers until <see cref="Complete"/>; disposing without it
/// discards what was written.
/// </summary>
public interface IDemoWriter : IDisposable
{
    /// <summary>Writes one customer.</summary>
    void WriteCustomer(DemoCustomer customer);

    /// <summary>Writes one product.</summary>
    void WriteProduct(DemoProduct product);

    /// <summary>Writes one order header; its lines follow.</summary>
    void WriteOrder(DemoOrder order);

    /// <summary>Writes one order line.</summary>
    void WriteOrderLine(DemoOrderLine line);

    /// <summary>Writes one return of (part of) an order line.</summary>
    void WriteReturn(DemoReturn orderReturn);

    /// <summary>Writes one contact (staff interaction or self-service portal event).</summary>
    void WriteContact(DemoContact contact);

    /// <summary>Writes one complaint.</summary>
    void WriteComplaint(DemoComplaint complaint);

    /// <summary>Makes everything written visible to readers at once (renames files, commits COPY streams).</summary>
    void Complete();
}
