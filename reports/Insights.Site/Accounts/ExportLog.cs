using Insights.Reports.Export;
using Microsoft.EntityFrameworkCore;

namespace Insights.Site.Accounts;

/// <summary>
/// The export log in the accounts store (<see cref="AccountsDbContext.Exports"/>): one <see cref="ExportRecord"/> per download,
/// written when it starts and completed with its row count when it ends. Admins read it at /admin/exports.
/// </summary>
public sealed class ExportLog(AccountsDbContext db, TimeProvider time) : IExportLog
{
    /// <summary>Query strings longer than this are cut (the column's size); the cut is marked with "…".</summary>
    public const int MaxFilters = 4000;

    const int MaxUserName = 256;
    const int MaxReport = 200;

    /// <inheritdoc />
    public async Task<long> StartedAsync(ExportRequest export, CancellationToken cancellationToken)
    {
        var record = new ExportRecord
        {
            UserName = Cut(export.UserName, MaxUserName),
            At = time.GetUtcNow().UtcDateTime,
            Report = Cut(export.Report, MaxReport),
            Filters = Cut(export.Filters, MaxFilters),
            Rows = -1,
        };
        db.Exports.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <inheritdoc />
    public async Task FinishedAsync(long id, long rows, CancellationToken cancellationToken) =>
        await db.Exports.Where(e => e.Id == id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Rows, rows), cancellationToken);

    static string Cut(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
