using System.CommandLine;
using System.Globalization;
using Insights.Reports.Pages.Segments;

namespace Insights.Cli.Input;

/// <summary>
/// `--where "FIELD OP [ARGUMENTS]"` (repeatable) on `segment preview|save`: the conditions from options instead of a JSON file,
/// each its own AND group, parsed into the same <see cref="SegmentCondition"/>s the page and the JSON file give, and validated
/// by the same compiler (an unknown field or operator gets the page's message). What follows the operator depends on it
/// (<see cref="SegmentFields"/>): a range takes `MIN [MAX]` (`-` for an open end), an operator with days takes `DAYS` and then
/// its values, any other takes its values; values are separated by commas and trimmed, so a value may hold spaces but no comma.
/// </summary>
static class SegmentWhereOption
{
    /// <summary>How a condition is written, for the messages and the help.</summary>
    public const string Syntax = "FIELD OP [VALUE,VALUE...] | FIELD between MIN [MAX] | FIELD OP DAYS [VALUE,...]";

    /// <summary>The option (zero or more times).</summary>
    public static Option<string[]> Create() => new("--where")
    {
        Description = $"A condition (repeatable, all must hold): \"{Syntax}\", e.g. \"region in South,North\", \"orders between 2 5\", " +
            "\"category within 30 Books\" (`-` for an open end of a range); instead of --conditions",
    };

    /// <summary>The definition of <paramref name="wheres"/>: one AND group per condition.</summary>
    /// <exception cref="UsageException">A condition is malformed (every problem listed, naming the option's text).</exception>
    public static SegmentDefinition Parse(IReadOnlyList<string> wheres)
    {
        var problems = new List<string>();
        var groups = new List<ConditionGroup>();
        foreach (var where in wheres)
        {
            if (Parse(where, out var problem) is { } condition) groups.Add(new ConditionGroup([condition]));
            else problems.Add($"--where \"{where}\": {problem}");
        }
        return problems.Count > 0 ? throw new UsageException(problems) : new SegmentDefinition(groups);
    }

    static SegmentCondition? Parse(string where, out string problem)
    {
        problem = "";
        var words = where.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            problem = $"give a field and an operator: {Syntax}.";
            return null;
        }
        var (field, op, rest) = (words[0], words[1], words.Length > 2 ? words[2] : "");
        // an unknown field or operator: the compiler names the choices, as on the page
        var shape = SegmentFields.Find(field)?.Operator(op);
        if (shape is { Range: true })
        {
            var bounds = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length is 0 or > 2)
            {
                problem = $"write \"{field} {op} MIN [MAX]\", with - for an open end.";
                return null;
            }
            var min = Number(bounds[0], "minimum", ref problem);
            var max = bounds.Length > 1 ? Number(bounds[1], "maximum", ref problem) : null;
            return problem.Length > 0 ? null : new SegmentCondition(field, op, Min: min, Max: max);
        }
        int? days = null;
        if (shape is { Days: true })
        {
            var parts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                problem = $"write \"{field} {op} DAYS{(shape.Values == ValuesUse.None ? "" : " [VALUE,...]")}\": the number of days is missing or not a whole number.";
                return null;
            }
            days = n;
            rest = parts.Length > 1 ? parts[1] : "";
        }
        var values = rest.Length == 0 ? null : rest.Split(',', StringSplitOptions.TrimEntries);
        return new SegmentCondition(field, op, values, Days: days);
    }

    static decimal? Number(string text, string name, ref string problem)
    {
        if (text == "-") return null;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        if (problem.Length == 0) problem = $"the {name} '{text}' is not a number (write it as 12 or 12.50; - for an open end).";
        return null;
    }
}
