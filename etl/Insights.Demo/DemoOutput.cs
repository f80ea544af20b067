namespace Insights.Demo;

/// <summary>
/// Hands rows to the writer, hands out the ids (each kind numbered 1, 2, ... in the order written) and keeps the
/// summary: counts per kind, and completed net revenue summed from exactly the values written.
/// </summary>
sealed class DemoOutput(IDemoWriter writer)
{
    readonly SortedDictionary<DateOnly, decimal> _revenueByMonth = [];
    long _customers, _products, _orders, _orderLines, _returns, _contacts, _complaints;
    decimal _revenue;
    DemoOrder _currentOrder;

    public void Customer(DemoCustomer customer)
    {
        writer.WriteCustomer(customer);
        _customers++;
    }

    public void Product(DemoProduct product)
    {
        writer.WriteProduct(product);
        _products++;
    }

    /// <summary>Writes an order under the next order id and returns it; its lines follow through <see cref="OrderLine"/>.</summary>
    public DemoOrder Order(int customerId, DateTime orderedAt, string channel, string status, DateTime updatedAt)
    {
        _currentOrder = new DemoOrder(++_orders, customerId, orderedAt, channel, status, updatedAt);
        writer.WriteOrder(_currentOrder);
        return _currentOrder;
    }

    /// <summary>Writes a line of the order written last.</summary>
    public DemoOrderLine OrderLine(int lineNumber, int productId, int quantity, decimal unitPrice, decimal discountAmount)
    {
        var line = new DemoOrderLine(_currentOrder.OrderId, lineNumber, productId, quantity, unitPrice, discountAmount);
        writer.WriteOrderLine(line);
        _orderLines++;
        if (_currentOrder.Status == OrderStatus.Completed)
        {
            var net = line.NetAmount;
            _revenue += net;
            var month = new DateOnly(_currentOrder.OrderedAt.Year, _currentOrder.OrderedAt.Month, 1);
            _revenueByMonth[month] = _revenueByMonth.GetValueOrDefault(month) + net;
        }
        return line;
    }

    public void Return(long orderId, int lineNumber, DateTime returnedAt, int quantity, decimal refundAmount, string reason) =>
        writer.WriteReturn(new DemoReturn(++_returns, orderId, lineNumber, returnedAt, quantity, refundAmount, reason));

    public void Contact(int customerId, DateTime contactedAt, string channel, string direction, int? durationSeconds, string topic) =>
        writer.WriteContact(new DemoContact(++_contacts, customerId, contactedAt, channel, direction, durationSeconds, topic));

    public void Complaint(int customerId, long? orderId, int? productId, string category, string severity, DateTime openedAt,
        DateTime? resolvedAt, string status, string text, DateTime? firstResponseAt, int reopenedCount) =>
        writer.WriteComplaint(new DemoComplaint(++_complaints, customerId, orderId, productId, category, severity, openedAt,
            resolvedAt, status, text, firstResponseAt, reopenedCount));

    public DemoSummary Summary() => new(_customers, _products, _orders, _orderLines, _returns, _contacts, _complaints,
        _revenue, new SortedDictionary<DateOnly, decimal>(_revenueByMonth));
}
