using Microsoft.Extensions.Options;

namespace Insights.Etl;

/// <summary>Rules spanning several fields of <see cref="EtlOptions"/>.</summary>
sealed class EtlOptionsValidator : IValidateOptions<EtlOptions>
{
    public ValidateOptionsResult Validate(string? name, EtlOptions options)
    {
        if (options.Operational.Kind == OperationalSourceKind.Postgres && string.IsNullOrWhiteSpace(options.Operational.ConnectionString))
            return ValidateOptionsResult.Fail("Etl:Operational:ConnectionString is required when Etl:Operational:Kind is Postgres.");
        var fields = options.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
            return ValidateOptionsResult.Fail($"Etl:Schedule '{options.Schedule}' is not a cron expression (5 or 6 fields).");
        return ValidateOptionsResult.Success;
    }
}
