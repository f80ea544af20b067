using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages.Service;

/// <summary>Refuses to start on an SLA target that is not a duration (see <see cref="ServiceOptions.ParseHours"/>).</summary>
sealed class ServiceOptionsValidator : IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options) =>
        options.Validate() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
