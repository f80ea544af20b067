using System.Globalization;
using Insights.Reports.Access;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// The segment editor (/segments/new, /segments/{id}): a posted form of condition rows (works without script: "Add condition"
/// and "Update preview" post it back), the preview, and for a saved segment its size over time and who entered and left at the
/// latest evaluation. The script (wwwroot/js/segment-editor.js) posts the same form to the PreviewJson handler as it changes.
/// Saving is for marketing and admin.
/// </summary>
public sealed class EditModel(SegmentQuery query, SegmentStore store) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty] public SegmentForm Form { get; set; } = new();

    /// <summary>The saved segment shown (null: a new one).</summary>
    public SavedSegment? Saved { get; private set; }

    /// <summary>The values each condition list offers.</summary>
    public SegmentChoices Choices { get; private set; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The preview of the form's conditions (null: they do not compile).</summary>
    public SegmentPreview? Preview { get; private set; }

    /// <summary>What is wrong with the conditions or the save.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The saved segment's size at each evaluation.</summary>
    public IReadOnlyList<SegmentSize> History { get; private set; } = [];

    /// <summary>Who entered and left at the latest evaluation.</summary>
    public IReadOnlyList<SegmentChange> Changes { get; private set; } = [];

    /// <summary>The reader may save (marketing, admin).</summary>
    public bool CanEdit => SegmentAccess.CanEdit(User);

    /// <summary>Whether the model conditions can be used now (shown next to the form when they cannot).</summary>
    public SegmentModelState Models { get; private set; } = SegmentModelState.NotComputed;

    /// <summary>Today by the site's clock: "within N days" counts back from it.</summary>
    public DateOnly Today => query.Today;

    /// <summary>The page's own address.</summary>
    public string Self => Saved?.Url ?? "/segments/new";

    /// <summary>This page's handler <paramref name="name"/> (Preview, PreviewJson, AddRow, Save).</summary>
    public string HandlerUrl(string name) => Self + "?handler=" + Uri.EscapeDataString(name);

    /// <summary>Why the model conditions (CLV, P(alive), ...) cannot be used now: the first model field's problem, or null.</summary>
    public string? ModelNote => SegmentFields.All.Where(SegmentFields.IsModel).Select(f => Models.Problem(f)).FirstOrDefault(n => n is not null);

    /// <summary>"new" or a saved segment's id; anything else is not a page (404).</summary>
    public IActionResult OnGet(string id, CancellationToken ct)
    {
        if (!Load(id)) return NotFound();
        Form = Saved is { } s ? SegmentForm.From(s.Definition, s.Name, s.Description) : new SegmentForm();
        if (Form.Rows.Count == 0) Form.Rows.Add(new ConditionRow());
        Compute(ct);
        return Page();
    }

    /// <summary>Shows the preview of the posted conditions ("Update preview").</summary>
    public IActionResult OnPostPreview(string id, CancellationToken ct)
    {
        if (!Load(id)) return NotFound();
        Compute(ct);
        return Page();
    }

    /// <summary>Adds an empty condition row.</summary>
    public IActionResult OnPostAddRow(string id, CancellationToken ct)
    {
        if (!Load(id)) return NotFound();
        if (Form.Rows.Count < SegmentForm.MaxRows) Form.Rows.Add(new ConditionRow());
        ModelState.Clear();   // the form is shown from the model again, with its new row
        Compute(ct);
        return Page();
    }

    /// <summary>The preview as JSON for the script; problems come as 400 with the messages as plain text.</summary>
    public IActionResult OnPostPreviewJson(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        SegmentPreview preview;
        try
        {
            preview = query.Preview(Form.ToDefinition(), ct);
        }
        catch (SegmentDefinitionException e)
        {
            return new BadRequestObjectResult(string.Join(" ", e.Problems));
        }
        return new JsonResult(new
        {
            members = preview.Members,
            customers = preview.Customers,
            share = preview.Share.ToString("P1", CultureInfo.InvariantCulture),
            netAmount = preview.NetAmount.ToString("N2", CultureInfo.InvariantCulture),
            meanClv = preview.MeanClvText,
            summary = preview.Summary,
            bySegment = preview.BySegment.Select(Row),
            byRegion = preview.ByRegion.Select(Row),
            milliseconds = preview.Milliseconds,
        });
    }

    /// <summary>Saves the segment (marketing, admin; others get 403) and opens its page; problems are shown on the form.</summary>
    public IActionResult OnPostSave(string id, CancellationToken ct)
    {
        if (!Load(id)) return NotFound();
        if (!CanEdit) return Forbid();
        if (ModelState.IsValid)
        {
            try
            {
                var saved = store.Save(new SegmentSave(Saved?.Id, Form.Name, Form.Description, Form.ToDefinition()), User.Identity?.Name ?? "unknown", ct);
                return Redirect("/segments/" + saved.ToString(CultureInfo.InvariantCulture));
            }
            catch (SegmentDefinitionException e)
            {
                Problems = e.Problems;
            }
        }
        Compute(ct, Problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    static object Row(CompositionRow row) => new
    {
        label = row.Label,
        members = row.Members,
        netAmount = row.NetAmount.ToString("N2", CultureInfo.InvariantCulture),
    };

    // the saved segment of the route ("new": none); false for anything else
    bool Load(string id)
    {
        if (id == "new") return true;
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || store.Get(number) is not { } saved) return false;
        Saved = saved;
        History = store.History(saved.Id);
        Changes = store.LatestChanges(saved.Id, PersonalDataPolicy.ViewOf(User));
        return true;
    }

    void Compute(CancellationToken ct, IReadOnlyList<string>? problems = null)
    {
        Choices = query.Choices();
        Models = query.ModelState();
        problems ??= [];
        if (!ModelState.IsValid) { Problems = [.. problems, .. FilterProblems.Of(ModelState)]; return; }
        try
        {
            Preview = query.Preview(Form.ToDefinition(), ct, Choices);
            Problems = problems;
        }
        catch (SegmentDefinitionException e)
        {
            Problems = [.. problems, .. e.Problems.Except(problems)];
        }
    }
}
