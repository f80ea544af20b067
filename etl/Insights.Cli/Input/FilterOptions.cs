using System.CommandLine;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Insights.Reports.Filters;

namespace Insights.Cli.Input;

/// <summary>
/// The options of one report filter record, each tied to a property. <see cref="Bind"/> starts from a new record and sets only
/// the options the user gave, so every other property keeps the record's own initialiser value: the page and the CLI share
/// their defaults, and none is written in the CLI. The help text shows the record's default, and a property's list of allowed
/// values (<see cref="OneOfAttribute"/>) is the option's too.
/// </summary>
sealed class FilterOptions<TFilter> where TFilter : new()
{
    static readonly TFilter Defaults = new();

    readonly List<(Option Option, Action<ParseResult, TFilter> SetIfGiven)> _bindings = [];

    /// <summary>Ties <paramref name="option"/> to a property of the filter (<c>f =&gt; f.MinSupport</c>) and returns the option.</summary>
    public Option<T> Add<T>(Option<T> option, Expression<Func<TFilter, T>> property)
    {
        var member = property.Body is MemberExpression { Member: PropertyInfo info } ? info
            : throw new ArgumentException($"{property} does not name a property of {typeof(TFilter).Name}.", nameof(property));
        if (Shown(member.GetValue(Defaults)) is { } shown) option.Description += $" [default: {shown}]";
        // a property whose values the record lists (OneOf) gets the same list on the command line, for its help and its parse error
        if (member.GetCustomAttribute<OneOfAttribute>() is { } oneOf) option.AcceptOnlyFromAmong([.. oneOf.Values]);
        _bindings.Add((option, (parse, filter) =>
        {
            if (parse.GetResult(option) is { Implicit: false }) member.SetValue(filter, parse.GetValue(option));
        }));
        return option;
    }

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var (option, _) in _bindings) command.Options.Add(option);
    }

    /// <summary>True when the user gave any of the filter's options (false: the report's entry view, as a page without a query string).</summary>
    public bool AnyGiven(ParseResult parse) => _bindings.Any(b => parse.GetResult(b.Option) is { Implicit: false });

    /// <summary>A new filter with the given options set, validated as the page validates it (<see cref="UsageException"/> if not).</summary>
    public TFilter Bind(ParseResult parse)
    {
        var filter = new TFilter();
        foreach (var (_, setIfGiven) in _bindings) setIfGiven(parse, filter);
        FilterValidation.ThrowIfInvalid(filter);
        return filter;
    }

    // a flag's default (false) and an unset value say nothing in the help
    static string? Shown(object? value) => value switch
    {
        null or false => null,
        DateOnly day => day.ToString(DateOptions.DayFormat, CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
