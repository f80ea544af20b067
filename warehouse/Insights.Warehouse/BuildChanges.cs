using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Insights.Warehouse;

/// <summary>
/// What an ETL build has changed so far, relation by relation, so <see cref="ModelRunner"/> skips a model none of whose inputs
/// changed: its rows are a function of its inputs, which hold what they held when it was last built, so rebuilding it would
/// rewrite the same rows (and its readers would skip in turn). Changed are: the raw tables the run landed rows into; a staging
/// view over one of them; a batch step's output table that holds keys (an empty one means "no key of this kind was touched");
/// a model (or another lasting table its script writes) that a statement of its build inserted, deleted or updated rows of.
/// A model is never skipped when it is pending or built full, nor when its table is empty (the per-customer marts fill an empty
/// table whole on their next build: a warehouse migrated before pending models existed).
/// </summary>
sealed partial class BuildChanges(IEnumerable<string> landed)
{
    readonly HashSet<string> _changed = new(landed, StringComparer.Ordinal);
    readonly HashSet<string> _temporary = new(StringComparer.Ordinal);
    bool _modelChanged;

    /// <summary>
    /// The lasting relations changed so far: the raw tables landed into and the models (or other tables) written, without the
    /// staging views and batch steps' temporary tables, which hold no state of their own.
    /// </summary>
    public IEnumerable<string> Lasting =>
        _changed.Where(name => ModelRunner.Graph.ProducerOf(name) is not { IsStateless: true }).Order(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="model"/> must be built: stateless ones always (the checks read every batch table).</summary>
    public bool MustBuild(DuckDBConnection connection, Model model) =>
        model.IsStateless || model.Inputs.Any(_changed.Contains) ||
        !connection.ExecuteScalar<bool>($"select exists (select 1 from {model.Name})");   // a name from the model graph, never input

    /// <summary>Notes the rows one statement of the model being built affected.</summary>
    public void Wrote(string statement, long affected)
    {
        var code = string.Join(' ', statement.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)));
        if (CreatesTemporary().Match(code) is { Success: true } created)
        {
            _temporary.Add(created.Groups["name"].Value);
            return;
        }
        if (Bookkeeping().IsMatch(code) || affected == 0) return;
        if (WritesTable().Match(code) is { Success: true } write)
        {
            var table = write.Groups["name"].Value;
            if (_temporary.Contains(table)) return;
            _changed.Add(table);
        }
        _modelChanged = true;             // a lasting table, or a statement of a shape not recognised here: counts as a change
    }

    /// <summary>Ends the build of <paramref name="model"/>: records whether it changed.</summary>
    public void Built(DuckDBConnection connection, Model model, bool full)
    {
        var changed = model.Layer switch
        {
            "staging" => model.Inputs.Any(_changed.Contains),
            // outputs are temporary tables named by the graph's own headers (a whitelist)
            "batch" => MarkNonEmptyOutputs(connection, model),
            _ => _modelChanged || full,
        };
        if (changed) _changed.Add(model.Name);
        _modelChanged = false;
        _temporary.Clear();
    }

    bool MarkNonEmptyOutputs(DuckDBConnection connection, Model model)
    {
        var any = false;
        foreach (var output in model.Outputs)
            if (connection.ExecuteScalar<bool>($"select exists (select 1 from {output})"))
                any = _changed.Add(output) | true;
        return any;
    }

    [GeneratedRegex(@"^create\s+(?:or\s+replace\s+)?temp(?:orary)?\s+table\s+(?:if\s+not\s+exists\s+)?(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatesTemporary();

    [GeneratedRegex(@"^(?:set|reset|drop\s+table)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Bookkeeping();

    [GeneratedRegex(@"^(?:insert\s+(?:or\s+\w+\s+)?into|delete\s+from|update)\s+(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex WritesTable();
}
