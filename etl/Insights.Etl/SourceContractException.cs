namespace Insights.Etl;

/// <summary>The source is not shaped as configured (missing file, table or column): retrying will not help, a person must.</summary>
public sealed class SourceContractException(string message, Exception? inner = null) : Exception(message, inner);
