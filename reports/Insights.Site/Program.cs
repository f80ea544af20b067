using Insights.Demo;
using Insights.Etl;
using Insights.Reports;
using Insights.Site;
using Insights.Site.Accounts;
using Insights.Warehouse;

// Content root = the build output (appsettings.json sits there), so `dotnet run --project reports/Insights.Site` works from
// any folder, and relative data paths resolve against the folder it was started from, as the CLI's do.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
builder.AddWarehouse();
builder.AddEtl();
builder.AddEtlJobs();
builder.AddDemo();
builder.AddDemoJobs();
builder.AddReports();
builder.AddReportWarmUp();
builder.AddAccounts();
builder.AddSite();

var app = builder.Build();
app.UseSite();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
