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
// Site:Mode=ReadOnly: a read replica serves the pages from the owner's latest Parquet publication and writes nothing (no
// migrations, jobs, job server, loads or warm-up writes); the owner (the default) holds the warehouse file
var replica = builder.IsReadReplica();
if (replica) builder.AddWarehouseReplica(); else builder.AddWarehouse();
builder.AddEtl();
builder.AddDemo();
if (!replica) builder.AddDemoJobs();
builder.AddReports();
if (!replica) builder.AddReportWarmUp();
builder.AddAccounts();
builder.AddSite(replica);

var app = builder.Build();
app.UseSite();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
