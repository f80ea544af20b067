using System.Collections;

namespace Insights.Reports.Export;

/// <summary>
/// Rows read from a query that already runs: the connection, transaction, command and reader were opened (and the query's
/// first chunk computed) before the response started, so a refusal or an error is an answer with a status; the rows are then
/// read as a download writes them, and what they hold is disposed when the enumeration ends, or when the request does
/// (register it with <c>HttpResponse.RegisterForDispose</c>) if it never starts. Enumerable once.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class StreamedRows<T> : IEnumerable<T>, IDisposable
{
    readonly List<IDisposable> _held = [];
    IEnumerable<T>? _rows;
    int _disposed;

    /// <summary>Keeps <paramref name="resource"/> until the rows are read or disposed (last owned, first disposed).</summary>
    public TResource Own<TResource>(TResource resource) where TResource : IDisposable
    {
        _held.Add(resource);
        return resource;
    }

    /// <summary>The rows, read lazily from the resources owned.</summary>
    public StreamedRows<T> From(IEnumerable<T> rows)
    {
        _rows = rows;
        return this;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        var rows = _rows ?? throw new InvalidOperationException("No rows were attached (From).");
        _rows = null;   // once: the reader moves forward only
        try
        {
            foreach (var row in rows) yield return row;
        }
        finally
        {
            Dispose();   // the connection (and its share of the commit gate) goes back as soon as the last row is out
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        for (var i = _held.Count - 1; i >= 0; i--) _held[i].Dispose();
        _held.Clear();
    }
}
