namespace Insights.Warehouse.Publish;

/// <summary>
/// Something tried to write on a read replica (Site:Mode=ReadOnly), which reads the owner's publication and writes nothing:
/// the site answers it as a refusal (409, the page with this message), not as an error.
/// </summary>
public sealed class ReadOnlyReplicaException() : InvalidOperationException(
    "This site is a read-only replica (Site:Mode=ReadOnly): it shows the owner's publication and changes nothing here. " +
    "Save segments and campaigns, and run loads, on the owner; this replica shows them after the owner's next publication.");
