using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Insights.Cli.Input;

/// <summary>
/// Date options for every command: parsed by System.CommandLine into <see cref="DateOnly"/>, in one exact format, so a bad date
/// is a parse error (one line on stderr, exit 2) with the same wording in every command.
/// </summary>
static class DateOptions
{
    /// <summary>The format of a day on the command line.</summary>
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>The format of a month on the command line (the first day of it is the value).</summary>
    public const string MonthFormat = "yyyy-MM";

    /// <summary>An optional day, written yyyy-MM-dd.</summary>
    public static Option<DateOnly?> Day(string name, string description) => Create(name, description, DayFormat, "a date");

    /// <summary>An optional month, written yyyy-MM; its value is the month's first day.</summary>
    public static Option<DateOnly?> Month(string name, string description) => Create(name, description, MonthFormat, "a month");

    /// <summary>The message of a value that is not a date in <paramref name="format"/> (the same text in every command).</summary>
    public static string Invalid(string option, string what, string format, string text) =>
        $"{option} must be {what} as {format}, not '{text}'.";

    static Option<DateOnly?> Create(string name, string description, string format, string what) => new(name)
    {
        Description = description,
        HelpName = format,
        // The built-in DateOnly parser follows the current culture (01/02/2024 is a day in January or in February depending on
        // the machine); one exact, culture-invariant format means a script gets the same day everywhere.
        CustomParser = result => Parse(result, name, format, what),
    };

    static DateOnly? Parse(ArgumentResult result, string option, string format, string what)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        result.AddError(Invalid(option, what, format, text));
        return null;
    }
}
