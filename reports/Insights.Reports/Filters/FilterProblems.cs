using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Filters;

/// <summary>
/// How a report refuses a filter, the same on every page and in the CLI: the rules are DataAnnotations on the filter record
/// (IValidatableObject for rules across fields), a page shows the messages with 400, a CSV download answers 400 with them as text.
/// </summary>
public static class FilterProblems
{
    /// <summary>The messages of every rule <paramref name="filter"/> breaks (empty when it is usable): what the CLI prints.</summary>
    public static IReadOnlyList<string> Of(object filter)
    {
        var results = new List<ValidationResult>();
        // validateAllProperties: without it only [Required] is checked; IValidatableObject runs once the attributes pass
        Validator.TryValidateObject(filter, new ValidationContext(filter), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "invalid value")];
    }

    /// <summary>The messages of a page's model state (binding and validation), in the order they were found.</summary>
    public static IReadOnlyList<string> Of(ModelStateDictionary state) =>
        [.. state.Values.SelectMany(e => e.Errors).Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "invalid value" : e.ErrorMessage).Distinct()];

    /// <summary>The page itself, with status 400: it shows the messages (see _FilterProblems.cshtml) and computes nothing.</summary>
    public static IActionResult RefusedFilter(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }

    /// <summary>A download's refusal: 400 with the messages as plain text.</summary>
    public static IActionResult RefusedDownload(this PageModel page) =>
        new BadRequestObjectResult(string.Join(" ", Of(page.ModelState)));
}
