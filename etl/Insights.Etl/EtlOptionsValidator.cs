using Microsoft.Extensions.Options;

namespace Insights.Etl;

/// <summary>Rules spanning several fields of <see cref="EtlOptions"/>.</summary>
sealed class EtlOptionsValidator : IValidateOptions<EtlOptions>
{
    public ValidateOptionsResult Validate(string? name, EtlOptions options)
    {
        if (options.Operational.Kind == OperationalSourceKind.Postgres && string.IsNullOrWhiteSpace(options.Operational.ConnectionString))
            return ValidateOptionsResult.Fail("Etl:Operational:ConnectionString is required when Etl:Operational:Kind is Postgres.");
        if (options.Operational.ExtractConnections is < 1 or > 16)
            return ValidateOptionsResult.Fail($"Etl:Operational:ExtractConnections must be between 1 and 16 (is {options.Operational.ExtractConnections}).");
        if (options.Operational.PartitionsPerTable is < 1 or > 256)
            return ValidateOptionsResult.Fail($"Etl:Operational:PartitionsPerTable must be between 1 and 256 (is {options.Operational.PartitionsPerTable}).");
        if (options.ExtractTimeout <= TimeSpan.Zero)
            return ValidateOptionsResult.Fail($"Etl:ExtractTimeout must be positive (is {options.ExtractTimeout}).");
        if (options.ExtractStallTimeout <= TimeSpan.Zero)
            return ValidateOptionsResult.Fail($"Etl:ExtractStallTimeout must be positive (is {options.ExtractStallTimeout}).");
        if (options.FutureTolerance < TimeSpan.Zero || options.FutureTolerance > TimeSpan.FromDays(366))
            return ValidateOptionsResult.Fail($"Etl:FutureTolerance must be between 00:00:00 and 366.00:00:00 (is {options.FutureTolerance}).");
        if (options.EarliestDate < new DateOnly(1, 1, 2) || options.EarliestDate > DateOnly.FromDateTime(DateTime.UtcNow))
            return ValidateOptionsResult.Fail($"Etl:EarliestDate must be a day in the past (is {options.EarliestDate:yyyy-MM-dd}).");
        foreach (var (key, cron) in options.Schedules.Select(s => ($"Etl:Schedules:{s.Key}", s.Value)).Prepend(("Etl:Schedule", options.Schedule)))
            if (CronSchedule.Problem(cron) is { } problem)
                return ValidateOptionsResult.Fail($"{key} '{cron}' {problem}.");
        foreach (var mapped in options.MappedFiles)
        {
            var where = $"Etl:MappedFiles '{mapped.Name}'";
            if (!System.Text.RegularExpressions.Regex.IsMatch(mapped.Name, "^[A-Za-z0-9_-]+$") || SourceNames.All.Contains(mapped.Name))
                return ValidateOptionsResult.Fail($"{where}: Name must be letters, digits, '-' or '_' and not a built-in source.");
            if (string.IsNullOrWhiteSpace(mapped.Folder))
                return ValidateOptionsResult.Fail($"{where}: Folder is required.");
            if (mapped.Delimiter != "whitespace" && mapped.Delimiter.Length != 1)
                return ValidateOptionsResult.Fail($"{where}: Delimiter must be \"whitespace\" or one character.");
            if (!string.Equals(mapped.Layout, MappedFileSourceOptions.TransactionsLayout, StringComparison.OrdinalIgnoreCase))
            {
                if (BasketLayoutProblem(mapped) is { } problem) return ValidateOptionsResult.Fail($"{where}: {problem}");
                continue;
            }
            if (mapped.Map.Keys.FirstOrDefault(f => !MappedFileSourceOptions.Fields.Contains(f)) is { } unknown)
                return ValidateOptionsResult.Fail($"{where}: Map has unknown field '{unknown}'; fields: {string.Join(", ", MappedFileSourceOptions.Fields)}.");
            if (MappedFileSourceOptions.RequiredFields.FirstOrDefault(f => mapped.PositionOf(f) == 0) is { } missing)
                return ValidateOptionsResult.Fail($"{where}: Map must name a column of Columns for '{missing}' (columns: {string.Join(", ", mapped.Columns)}).");
            if (mapped.Map.FirstOrDefault(m => mapped.PositionOf(m.Key) == 0) is { Key: not null } dangling)
                return ValidateOptionsResult.Fail($"{where}: Map sends '{dangling.Key}' to '{dangling.Value}', which is not in Columns.");
        }
        if (options.MappedFiles.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return ValidateOptionsResult.Fail($"Etl:MappedFiles names '{twice.Key}' twice.");
        return ValidateOptionsResult.Success;
    }

    static string? BasketLayoutProblem(MappedFileSourceOptions mapped) =>
        !mapped.IsBaskets ? $"Layout '{mapped.Layout}' is unknown; layouts: transactions, baskets."
        : mapped.Delimiter.Length != 1 ? "Delimiter of a basket file must be one character, such as \",\"."
        : !DateOnly.TryParseExact(mapped.DefaultDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? $"DefaultDate '{mapped.DefaultDate}' is not a date (yyyy-MM-dd)."
        : mapped.MaxItemLength is < 1 or > 10_000 ? "MaxItemLength must be between 1 and 10000."
        : string.IsNullOrWhiteSpace(mapped.DefaultCategory) ? "DefaultCategory must not be empty."
        : null;
}
