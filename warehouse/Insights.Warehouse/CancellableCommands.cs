using DuckDB.NET.Data;

namespace Insights.Warehouse;

/// <summary>
/// DuckDB statements that stop when a token fires. DuckDB.NET runs a statement synchronously and its async methods only check
/// the token before they start; <see cref="DuckDBCommand.Cancel"/> interrupts the running statement (duckdb_interrupt, which
/// the next statement on the connection clears), so the token is tied to the command while it and its reader run.
/// </summary>
public static class CancellableCommands
{
    /// <summary>
    /// Interrupts <paramref name="command"/> when <paramref name="ct"/> fires, until the returned registration is disposed
    /// (declare it after the command and before its reader: <c>using var stop = command.StopWhen(ct);</c>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> has fired already.</exception>
    public static CancellationTokenRegistration StopWhen(this DuckDBCommand command, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return ct.Register(static c => ((DuckDBCommand)c!).Cancel(), command);
    }

    /// <summary>
    /// Runs <paramref name="run"/> on <paramref name="command"/>, interrupted when <paramref name="ct"/> fires; DuckDB's
    /// "Interrupted" error then surfaces as the cancellation it is.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired before or while the statement ran.</exception>
    public static T RunStopping<T>(this DuckDBCommand command, CancellationToken ct, Func<DuckDBCommand, T> run)
    {
        using (command.StopWhen(ct))
        {
            try
            {
                return run(command);
            }
            catch (DuckDBException) when (ct.IsCancellationRequested)
            {
                throw new OperationCanceledException("The statement was interrupted: its work was cancelled.", ct);
            }
        }
    }
}
