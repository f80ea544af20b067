using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Insights.Warehouse.Publish;

/// <summary>
/// Attaches the current publication when a read replica starts, so the first page does not wait for it and a publication the
/// replica cannot read shows in the log at once. No publication yet is no reason not to start: the owner may not have loaded.
/// </summary>
sealed partial class ReplicaInitializer(PublicationReplica replica, ILogger<ReplicaInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            replica.Current();
        }
        catch (InvalidOperationException e)
        {
            NoPublication(logger, e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1008, LogLevel.Warning, "Read replica started without a publication: {Reason}")]
    static partial void NoPublication(ILogger logger, string reason);
}
