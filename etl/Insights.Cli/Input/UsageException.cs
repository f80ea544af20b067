namespace Insights.Cli.Input;

/// <summary>
/// Input the command cannot use (a filter that fails validation, a value the warehouse does not know): <see cref="CliHost"/>
/// prints each problem as a line on stderr and exits 2, as it does for a parse error.
/// </summary>
sealed class UsageException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>One problem.</summary>
    public UsageException(string problem) : this([problem]) { }

    /// <summary>Each problem, one sentence.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
