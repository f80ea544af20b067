using Insights.Etl;
using Insights.Reports;
using Insights.Site;
using Insights.Warehouse;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();
builder.AddEtl();
builder.AddEtlJobs();
builder.AddReports();
builder.AddSite();

var app = builder.Build();
app.UseSite();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
