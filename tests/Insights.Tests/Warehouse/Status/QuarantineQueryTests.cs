using Insights.Etl;
using Insights.Warehouse.Status;

namespace Insights.Tests.Warehouse.Status;

/// <summary>The quarantine browser's reads on the tiny world with three refused contact lines (loaded once for the class).</summary>
public sealed class QuarantineQueryTests : IClassFixture<QuarantineQueryTests.LoadedWarehouse>
{
    public sealed class LoadedWarehouse : IDisposable
    {
        readonly TempFolder _folder = new();

        public LoadedWarehouse()
        {
            Host = new WarehouseHost(_folder);
            TinyWorld.CopyTo(Host.SourcesFolder);
            File.AppendAllText(Path.Combine(Host.SourcesFolder, "contacts", "contacts.csv"),
                "4,1,2024-13-45 10:00:00,email,outbound,0,newsletter\n" +      // line 5: impossible date
                "5,2,2024-03-03 10:00:00,email\n" +                            // line 6: too few columns
                "6,2,2024-03-03 11:00:00,email\n" +                            // line 7: too few columns
                "7,3,2024-03-04 10:00:00,email,outbound,60,offer\n");          // good
            var runner = Host.Get<EtlRunner>();
            runner.Run(SourceNames.Operational, "test", CancellationToken.None);
            ContactsRun = runner.Run(SourceNames.Contacts, "test", CancellationToken.None).RunId;
        }

        public WarehouseHost Host { get; }

        public long ContactsRun { get; }

        public void Dispose()
        {
            Host.Dispose();
            _folder.Dispose();
        }
    }

    readonly LoadedWarehouse _world;
    readonly QuarantineQuery _query;

    public QuarantineQueryTests(LoadedWarehouse world)
    {
        _world = world;
        _query = world.Host.Get<QuarantineQuery>();
    }

    [Fact]
    public void List_returns_the_rows_of_a_run_in_line_order_with_reason_and_raw_content()
    {
        var rows = _query.List(new QuarantineFilter { Run = _world.ContactsRun });

        Assert.Equal(["line 5", "line 6", "line 7"], rows.Select(r => r.RowRef!).ToArray());
        Assert.All(rows, r => Assert.Equal("contacts", r.Source));
        Assert.Equal("contacts.csv", rows[0].FileName);
        Assert.Contains("2024-13-45", rows[0].Reason);
        Assert.Equal("4,1,2024-13-45 10:00:00,email,outbound,0,newsletter", rows[0].RawContent);
    }

    [Fact]
    public void Filters_by_source_run_and_reason_text_case_insensitively()
    {
        Assert.Single(_query.List(new QuarantineFilter { Reason = "2024-13-45" }));
        Assert.Equal(2, _query.List(new QuarantineFilter { Source = "contacts", Reason = "COLUMNS" }).Count);
        Assert.Empty(_query.List(new QuarantineFilter { Source = "complaints" }));
        Assert.Empty(_query.List(new QuarantineFilter { Run = _world.ContactsRun + 100 }));
        // the reason text is matched literally: % and _ are not LIKE wildcards
        Assert.Empty(_query.List(new QuarantineFilter { Reason = "%" }));
    }

    [Fact]
    public void Pages_do_not_overlap_and_report_the_total()
    {
        var pages = Enumerable.Range(0, 3).Select(i => _query.Run(new QuarantineFilter { Limit = 1, Offset = i })).ToList();

        Assert.Equal(["line 5", "line 6", "line 7"], pages.Select(p => p.Rows.Single().RowRef!).ToArray());
        Assert.All(pages, p => Assert.Equal(3, p.Total));
        Assert.Null(pages[0].PreviousOffset);
        Assert.Equal(1, pages[0].NextOffset);
        Assert.Null(pages[2].NextOffset);
    }

    [Fact]
    public void Summary_counts_rows_by_source_and_reason_largest_first()
    {
        var result = _query.Run(new QuarantineFilter());

        Assert.Equal(2, result.SummaryGroups);
        Assert.Equal(3, result.Total);
        Assert.Equal([2L, 1L], result.Summary.Select(g => g.Rows).ToArray());
        Assert.All(result.Summary, g => Assert.Equal("contacts", g.Source));
        Assert.Equal(["contacts"], result.Sources);
    }

    [Fact]
    public void Export_ignores_paging()
    {
        var rows = _query.Export(new QuarantineFilter { Source = "contacts", Limit = 1, Offset = 2 }).ToList();

        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Export_file_name_carries_the_filters_in_safe_characters()
    {
        var filter = new QuarantineFilter { Source = "contacts", Run = 12, Reason = "Could not convert \"x\"/../; evil" };

        Assert.Equal("quarantine-contacts-run-12-reason-could-not-convert-x-evil.csv", filter.ExportFileName);
        Assert.Equal("quarantine.csv", new QuarantineFilter().ExportFileName);
    }
}
