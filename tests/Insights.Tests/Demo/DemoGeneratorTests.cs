using Insights.Demo;

namespace Insights.Tests.Demo;

/// <summary>The generator's mechanics: determinism, scaling, and a summary that matches what it wrote.</summary>
[Collection(DemoWorldCollection.Name)]
public sealed class DemoGeneratorTests(DemoWorldFixture world)
{
    static readonly DateOnly EndDate = new(2025, 6, 30);

    [Fact]
    public void Same_seed_gives_identical_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        Generate(new DemoSpec(0.01, 5, EndDate), first.Path);
        Generate(new DemoSpec(0.01, 5, EndDate), second.Path);

        var files = Directory.GetFiles(first.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Path, f)).Order().ToList();
        Assert.Equal(7, files.Count);
        Assert.Equal(files, Directory.GetFiles(second.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Path, f)).Order());
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))), file);
    }

    [Fact]
    public void Another_seed_gives_another_world()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var a = Generate(new DemoSpec(0.01, 5, EndDate), first.Path);
        var b = Generate(new DemoSpec(0.01, 6, EndDate), second.Path);

        Assert.Equal(a.Customers, b.Customers);
        Assert.NotEqual(a.CompletedNetRevenue, b.CompletedNetRevenue);
    }

    [Fact]
    public void Doubling_the_scale_doubles_customers_exactly_and_order_lines_roughly()
    {
        using var folder = new TempFolder();

        var small = Generate(new DemoSpec(0.01, 3, EndDate), Path.Combine(folder.Path, "small"));
        var large = Generate(new DemoSpec(0.02, 3, EndDate), Path.Combine(folder.Path, "large"));

        Assert.Equal(1_000, small.Customers);
        Assert.Equal(2_000, large.Customers);
        Assert.Equal(400, small.Products);
        Assert.Equal(400, large.Products);
        Assert.InRange((double)large.OrderLines / small.OrderLines, 1.6, 2.4);
        Assert.InRange((double)large.Contacts / small.Contacts, 1.6, 2.4);
    }

    [Fact]
    public void Sizes_per_customer_match_the_scale_factor_targets()
    {
        var s = world.Summary;
        var customers = (double)s.Customers;

        Assert.Equal(3_000, s.Customers);
        Assert.InRange(s.OrderLines / customers, 20 * 0.85, 20 * 1.15);      // SF1: about 2,000,000 lines
        Assert.InRange(s.Contacts / customers, 2.5, 3.5);                   // about 300,000
        Assert.InRange(s.Complaints / customers, 0.2, 0.4);                 // about 30,000
        Assert.InRange((double)s.Returns / s.OrderLines, 0.02, 0.04);       // about 3% of lines
    }

    [Fact]
    public void Summary_counts_every_row_written()
    {
        var files = world.Files;

        Assert.Equal(world.Summary.Customers, files.Customers.Count);
        Assert.Equal(world.Summary.Products, files.Products.Count);
        Assert.Equal(world.Summary.Orders, files.Orders.Count);
        Assert.Equal(world.Summary.OrderLines, files.Lines.Count);
        Assert.Equal(world.Summary.Returns, files.Returns.Count);
        Assert.Equal(world.Summary.Contacts, files.Contacts.Count);
        Assert.Equal(world.Summary.Complaints, files.Complaints.Count);
    }

    [Fact]
    public void Summary_revenue_equals_the_completed_order_lines_in_the_files()
    {
        var orders = world.Files.Orders.ToDictionary(o => o.Id);
        var completed = world.Files.Lines.Where(l => orders[l.OrderId].Status == "completed").ToList();

        Assert.Equal(completed.Sum(l => l.Net), world.Summary.CompletedNetRevenue);
        var byMonth = completed
            .GroupBy(l => new DateOnly(orders[l.OrderId].OrderedAt.Year, orders[l.OrderId].OrderedAt.Month, 1))
            .OrderBy(g => g.Key)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(l => l.Net)));
        Assert.Equal(byMonth.ToList(), world.Summary.RevenueByMonth.ToList());   // in month order
        Assert.Equal(24, world.Summary.RevenueByMonth.Count);
    }

    [Theory]
    [InlineData(0.0, 2)]
    [InlineData(-1.0, 2)]
    [InlineData(double.NaN, 2)]
    [InlineData(0.01, 0)]
    public void An_impossible_spec_is_refused_before_anything_is_written(double scale, int years)
    {
        using var folder = new TempFolder();
        using var writer = new FileDemoWriter(folder.Path);

        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoGenerator().Generate(new DemoSpec(scale, 1, EndDate, years), writer));
    }

    static DemoSummary Generate(DemoSpec spec, string root)
    {
        using var writer = new FileDemoWriter(root);
        return new DemoGenerator().Generate(spec, writer);
    }
}
