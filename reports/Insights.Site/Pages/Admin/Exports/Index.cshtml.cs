using System.ComponentModel.DataAnnotations;
using System.Net;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Insights.Site.Pages.Admin.Exports;

/// <summary>
/// The export log (admin): every download of report data, newest first, a page at a time, optionally of one user. The filters
/// are shown as the user sent them, decoded for reading and HTML-encoded by Razor (a query string is user input).
/// </summary>
public sealed class IndexModel(AccountsDbContext db) : PageModel
{
    /// <summary>Records per page.</summary>
    public const int PageSize = 50;

    /// <summary>Only this user's downloads (null: everyone's).</summary>
    [BindProperty(SupportsGet = true, Name = "user"), StringLength(256)]
    public string? UserName { get; set; }

    /// <summary>The page of the log, from 1 (newest). Razor Pages keeps "page" for itself, hence "p".</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The records of this page, newest first.</summary>
    public IReadOnlyList<ExportRecord> Records { get; private set; } = [];

    /// <summary>Records matching the user filter.</summary>
    public int Total { get; private set; }

    /// <summary>Everyone who has downloaded something, by name (the user filter's choices).</summary>
    public IReadOnlyList<string> Users { get; private set; } = [];

    /// <summary>Pages in all (at least 1).</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Reads one page of the log.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return BadRequest("The user name is at most 256 characters and the page a number.");
        var filtered = db.Exports.AsNoTracking();
        if (!string.IsNullOrEmpty(UserName)) filtered = filtered.Where(e => e.UserName == UserName);
        Total = await filtered.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);   // a page past the end shows the last one; no overflow on a huge number
        Records = await filtered.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Users = await db.Exports.AsNoTracking().Select(e => e.UserName).Distinct().OrderBy(name => name).ToListAsync(ct);
        return Page();
    }

    /// <summary>A record's filters for reading: the query string URL-decoded (Razor encodes it for the page).</summary>
    public static string Readable(string filters) => WebUtility.UrlDecode(filters);

    /// <summary>A record's row count, or why there is none.</summary>
    public static string RowsText(ExportRecord record) =>
        record.Rows < 0 ? "not finished" : record.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The link to page <paramref name="page"/> with the current user filter.</summary>
    public string Link(int page) =>
        "/admin/exports?" + string.Join("&", new[] { UserName is { Length: > 0 } u ? "user=" + Uri.EscapeDataString(u) : null,
            page > 1 ? "p=" + page : null }.Where(part => part is not null));
}
