namespace Insights.Warehouse;

/// <summary>Splits a model script into its statements.</summary>
public static class SqlScript
{
    /// <summary>
    /// The statements of <paramref name="script"/>: a statement ends with a line whose code ends in ";" (comment lines never end
    /// one); text after the last ";" counts as a statement when it holds code. Statements keep their comments.
    /// </summary>
    public static IReadOnlyList<string> Statements(string script)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        var hasCode = false;
        foreach (var line in script.Split('\n'))
        {
            current.Append(line).Append('\n');
            var code = line.Trim();
            if (code.Length == 0 || code.StartsWith("--", StringComparison.Ordinal)) continue;
            hasCode = true;
            if (!code.EndsWith(';')) continue;
            statements.Add(current.ToString());
            current.Clear();
            hasCode = false;
        }
        if (hasCode) statements.Add(current.ToString());
        return statements;
    }

    /// <summary>True when the code of <paramref name="statement"/> (its comment lines aside) uses parameter $<paramref name="name"/>.</summary>
    public static bool Uses(string statement, string name) =>
        statement.Split('\n').Any(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal) &&
                                           System.Text.RegularExpressions.Regex.IsMatch(line, @"\$" + System.Text.RegularExpressions.Regex.Escape(name) + @"\b"));
}
