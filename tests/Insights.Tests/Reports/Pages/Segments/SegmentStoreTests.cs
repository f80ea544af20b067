using Insights.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>Saving segments, and their membership history as the warehouse state moves on.</summary>
public sealed class SegmentStoreTests : IDisposable
{
    readonly SegmentsWorld _world = new();

    static SegmentDefinition South => SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]));

    [Fact]
    public void A_saved_segment_is_listed_with_its_size_and_value()
    {
        var id = _world.Store.Save(new SegmentSave(null, "South", "Customers in the south", South), "maria", CancellationToken.None);
        var saved = Assert.Single(_world.Store.List());
        Assert.Equal((id, "South", "Customers in the south", 3L, 600.00m, "maria"), (saved.Id, saved.Name, saved.Description, saved.Members, saved.NetAmount, saved.UpdatedBy));
        Assert.Equal(South.ToJson(), saved.Definition.ToJson());
        Assert.Equal(["region"], saved.Definition.Conditions.Select(c => c.Condition.Field));
    }

    [Fact]
    public void Names_are_checked_and_kept_as_data()
    {
        const string name = "<script>alert(1)</script>'; drop table app_segment; --";
        var id = _world.Store.Save(new SegmentSave(null, name, "=cmd|' /C calc'!A0", South), "maria", CancellationToken.None);
        Assert.Equal(name, _world.Store.Get(id)!.Name);
        Assert.Equal("=cmd|' /C calc'!A0", _world.Store.Get(id)!.Description);
        Assert.Contains("exists already", Assert.Throws<SegmentDefinitionException>(() =>
            _world.Store.Save(new SegmentSave(null, name.ToUpperInvariant(), "", South), "maria", CancellationToken.None)).Message);
        Assert.Contains("Give the segment a name", Assert.Throws<SegmentDefinitionException>(() =>
            _world.Store.Save(new SegmentSave(null, "  ", "", South), "maria", CancellationToken.None)).Message);
        Assert.Contains("at most 80 characters", Assert.Throws<SegmentDefinitionException>(() =>
            _world.Store.Save(new SegmentSave(null, new string('n', 81), "", South), "maria", CancellationToken.None)).Message);
        Assert.Contains("a line break or tab", Assert.Throws<SegmentDefinitionException>(() =>
            _world.Store.Save(new SegmentSave(null, "two\nlines", "", South), "maria", CancellationToken.None)).Message);
    }

    [Fact]
    public void Each_new_state_records_the_size_and_who_entered_and_left()
    {
        var id = _world.Store.Save(new SegmentSave(null, "South", "", South), "maria", CancellationToken.None);
        var evaluation = _world.Host.Get<SegmentEvaluation>();
        Assert.Equal(0, evaluation.EvaluateAll(CancellationToken.None));   // evaluated at this state by the save already

        // a "load": customer 5 moves south, customer 4 north, and a run finishes (the warehouse state moves on)
        NextState("update dim_customer set region = 'South' where customer_id = 5; update dim_customer set region = 'North' where customer_id = 4;", 1);
        Assert.Equal(1, evaluation.EvaluateAll(CancellationToken.None));

        var history = _world.Store.History(id);
        Assert.Equal([(0L, 3L, 600.00m, 0L, 0L), (1L, 3L, 590.00m, 1L, 1L)],
            history.Select(h => (h.StateRunId, h.Members, h.NetAmount, h.Entered, h.Left)).ToArray());
        Assert.Equal([("entered", 5, "Ed"), ("left", 4, "Di")],
            _world.Store.LatestChanges(id, Insights.Reports.Access.PersonalDataView.Full).Select(c => (c.Change, c.CustomerId, c.PreferredName)).ToArray());
        Assert.Equal([3, 5, 6], _world.Host.Rows($"select customer_id from app_segment_member where segment_id = {id} order by 1").Select(r => (int)r[0]!));
    }

    [Fact]
    public void Changes_are_masked_for_the_product_role()
    {
        var id = _world.Store.Save(new SegmentSave(null, "South", "", South), "maria", CancellationToken.None);
        NextState("update dim_customer set region = 'South' where customer_id = 5;", 1);
        _world.Host.Get<SegmentEvaluation>().EvaluateAll(CancellationToken.None);
        var change = Assert.Single(_world.Store.LatestChanges(id, Insights.Reports.Access.PersonalDataView.Masked));
        Assert.Equal((5, "Ed"), (change.CustomerId, change.PreferredName));
        Assert.Null(change.FullName);
    }

    [Fact]
    public void Saves_at_the_same_moment_get_distinct_ids_and_a_resave_by_id_finds_one_segment()
    {
        var ids = Enumerable.Range(1, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => _world.Store.Save(new SegmentSave(null, $"South {i}", "", South), "maria", CancellationToken.None)).ToArray();
        Assert.Equal(8, ids.Distinct().Count());
        Assert.Equal(8, _world.Store.List().Count);

        // saving over one by id (the CLI's `segment save --id`), renaming it and keeping its name's case, finds exactly one
        Assert.Equal(ids[0], _world.Store.Save(new SegmentSave(ids[0], "SOUTH 1", "renamed", South), "maria", CancellationToken.None));
        Assert.Equal(ids[0], _world.Store.Save(new SegmentSave(ids[0], "SOUTH 1", "again", South), "maria", CancellationToken.None));
        Assert.Equal(("SOUTH 1", "again"), (_world.Store.Get(ids[0])!.Name, _world.Store.Get(ids[0])!.Description));
        Assert.Equal(8, _world.Store.List().Count);   // a save over a segment inserted a copy with id 1 before migration 0029
        Assert.Contains("exists already", Assert.Throws<SegmentDefinitionException>(() =>
            _world.Store.Save(new SegmentSave(ids[1], "south 1", "", South), "maria", CancellationToken.None)).Message);
    }

    [Fact]
    public void The_list_is_kept_until_a_save_an_evaluation_or_a_load_commits()
    {
        var south = _world.Store.Save(new SegmentSave(null, "South", "", South), "maria", CancellationToken.None);
        var listed = _world.Store.List();
        Assert.Same(listed, _world.Store.List());   // kept: a report page's form does not read it again

        var north = _world.Store.Save(new SegmentSave(null, "North", "", SegmentsWorld.All(new SegmentCondition("region", "in", ["North"]))), "maria",
            CancellationToken.None);
        Assert.Equal([north, south], _world.Store.List().Select(s => s.Id));   // a save: read again at once

        // a load commits (customer 5 moves south): read again, the segments still at the state they were evaluated at
        NextState("update dim_customer set region = 'South' where customer_id = 5;", 1);
        var afterLoad = _world.Store.List();
        Assert.NotSame(listed, afterLoad);
        Assert.Equal([0L, 0L], afterLoad.Select(s => s.StateRunId ?? -1));
        Assert.Same(afterLoad, _world.Store.List());

        // their evaluation at the new state: read again, with the new sizes
        Assert.Equal(2, _world.Host.Get<SegmentEvaluation>().EvaluateAll(CancellationToken.None));
        var evaluated = _world.Store.List();
        Assert.Equal([(1L, afterLoad[0].Members - 1), (1L, 4L)], evaluated.Select(s => (s.StateRunId ?? -1, s.Members)).ToArray());
    }

    void NextState(string change, long runId)
    {
        // committed through the gate, as a load commits: the warehouse state is read again at once
        var warehouse = _world.Host.Get<DuckDbWarehouse>();
        using (var connection = warehouse.OpenWriteConnection())
        {
            using var transaction = connection.BeginTransaction();
            connection.ExecuteNonQuery(change);
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, trigger, started_at, finished_at, status) values ($id, 'test', 'test', now(), now(), 'succeeded')", ("id", runId));
            warehouse.Gate.Commit(transaction);
        }
        _world.BuildMarts();
    }

    public void Dispose() => _world.Dispose();
}
