using Insights.Demo;

namespace Insights.Bench;

/// <summary>
/// Hands every generated row to two writers, so one generator run fills PostgreSQL and the CSV files with the same rows
/// (generating twice with the same seed would too, at twice the cost).
/// </summary>
sealed class TeeDemoWriter(IDemoWriter first, IDemoWriter second) : IDemoWriter
{
    public void WriteCustomer(DemoCustomer customer)
    {
        first.WriteCustomer(customer);
        second.WriteCustomer(customer);
    }

    public void WriteProduct(DemoProduct product)
    {
        first.WriteProduct(product);
        second.WriteProduct(product);
    }

    public void WriteOrder(DemoOrder order)
    {
        first.WriteOrder(order);
        second.WriteOrder(order);
    }

    public void WriteOrderLine(DemoOrderLine line)
    {
        first.WriteOrderLine(line);
        second.WriteOrderLine(line);
    }

    public void WriteReturn(DemoReturn orderReturn)
    {
        first.WriteReturn(orderReturn);
        second.WriteReturn(orderReturn);
    }

    public void WriteContact(DemoContact contact)
    {
        first.WriteContact(contact);
        second.WriteContact(contact);
    }

    public void WriteComplaint(DemoComplaint complaint)
    {
        first.WriteComplaint(complaint);
        second.WriteComplaint(complaint);
    }

    public void Complete()
    {
        first.Complete();
        second.Complete();
    }

    public void Dispose()
    {
        try
        {
            first.Dispose();
        }
        finally
        {
            second.Dispose();
        }
    }
}
