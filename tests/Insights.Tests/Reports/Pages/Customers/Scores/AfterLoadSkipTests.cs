using System.Globalization;
using Insights.Etl;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>
/// A load records what it changed (etl_run_change), and the after-load scores step is skipped when no load since it was last
/// current changed a relation it reads (issue 22: the steps after a load cost what changed): it then reads none of its inputs,
/// and the tables it keeps equal what a full run of the step writes.
/// </summary>
public sealed class AfterLoadSkipTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    // the tiny world loaded (every source), copied from the run's one template rather than loaded again for each test
    public AfterLoadSkipTests() => _host = LoadedTinyWorld.Copy(_folder);

    [Fact]
    public void A_load_records_the_lasting_relations_it_changed_and_a_load_that_landed_nothing_an_empty_list()
    {
        var contacts = LoadContact();
        var nothing = _host.Get<EtlRunner>().Run(SourceNames.Contacts, "test", CancellationToken.None);

        var changed = Changed(contacts.RunId);
        Assert.Contains("raw_contacts", changed);
        Assert.Contains("fct_contact", changed);
        Assert.DoesNotContain("stg_contacts", changed);      // a view: no state of its own
        Assert.DoesNotContain("fct_order_line", changed);
        Assert.Empty(Changed(nothing.RunId));
        // a full rebuild tracks nothing: anything may have changed
        var full = _host.Get<EtlRunner>().Run(SourceNames.Contacts, "test", CancellationToken.None, full: true);
        Assert.Equal(1L, _host.Scalar<long>($"select count(*) from etl_run_change where run_id = {full.RunId} and changed_relations is null"));
    }

    [Fact]
    public void A_contacts_load_skips_the_step_without_reading_its_inputs_and_leaves_what_a_full_run_writes()
    {
        var before = _host.Rows("select current_run_id, inputs_fingerprint, fitted_at from mart_customer_score_fit").Single();
        // a fingerprint that cannot match the inputs (its code part kept): had the step read them, it would fit again
        var fingerprint = (string)before[1]!;
        var stale = "0:0" + fingerprint[fingerprint.IndexOf('|', StringComparison.Ordinal)..];
        _host.Execute($"update mart_customer_score_fit set inputs_fingerprint = '{stale}'");

        var run = LoadContact();

        var after = _host.Rows("select current_run_id, inputs_fingerprint, fitted_at from mart_customer_score_fit").Single();
        Assert.Equal([run.RunId, stale, before[2]], after);          // current for the run, never fitted or fingerprinted again
        Assert.Contains(run.Steps, s => s.Step == EtlSteps.AfterLoad);
        var skipped = Tables();
        // the full run of the step for the same run (its state forgotten): the same rows
        _host.Execute("delete from mart_customer_score_fit");
        _host.Get<CustomerScoresStep>().Run(run.RunId, CancellationToken.None);
        Assert.Equal(Tables(), skipped);
        Assert.NotEqual(stale, _host.Scalar<string>("select inputs_fingerprint from mart_customer_score_fit"));
    }

    [Fact]
    public void A_load_that_changed_an_input_is_not_skipped()
    {
        var stale = "0:0|" + _host.Scalar<string>("select inputs_fingerprint from mart_customer_score_fit").Split('|', 2)[1];
        _host.Execute($"update mart_customer_score_fit set inputs_fingerprint = '{stale}'");
        // a complaint about a product changes fct_complaint, an input (it keeps the item out of the offers)
        File.WriteAllText(Path.Combine(_host.SourcesFolder, "complaints", "complaints_2.jsonl"),
            """{"complaint_id":9001,"customer_id":4,"order_id":103,"product_id":20,"category":"damaged_item","severity":"low","opened_at":"2024-03-05 16:00:00","status":"open"}""" + "\n");

        var run = _host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Contains("fct_complaint", Changed(run.RunId));
        Assert.Equal(run.RunId, _host.Scalar<long>("select current_run_id from mart_customer_score_fit"));
        Assert.NotEqual(stale, _host.Scalar<string>("select inputs_fingerprint from mart_customer_score_fit"));
    }

    EtlRunResult LoadContact()
    {
        File.WriteAllText(Path.Combine(_host.SourcesFolder, "contacts", "contacts_2.csv"),
            "contact_id,customer_id,contacted_at,channel,direction,duration_seconds,topic\n9001,1,2024-03-05 09:30:00,phone,outbound,120,follow-up\n");
        return _host.Get<EtlRunner>().Run(SourceNames.Contacts, "test", CancellationToken.None);
    }

    List<string> Changed(long runId) =>
        _host.Rows($"select unnest(changed_relations) from etl_run_change where run_id = {runId}").Select(r => (string)r[0]!).ToList();

    List<string> Tables() => ScoreStepTables.Of(_host, withFingerprint: false);

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
