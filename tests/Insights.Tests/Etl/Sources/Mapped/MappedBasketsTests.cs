using System.Text;
using Insights.Etl;
using Insights.Etl.Sources;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Etl.Sources.Mapped;

/// <summary>The mapped file source's basket layout: one basket per line, item names separated by commas.</summary>
public sealed class MappedBasketsTests : IDisposable
{
    readonly TempFolder _folder = new();

    /// <summary>Settings of a basket source named "baskets" reading *.csv from <paramref name="folder"/>.</summary>
    public static Dictionary<string, string?> BasketMapping(string folder, string name = "baskets") => new()
    {
        ["Etl:MappedFiles:0:Name"] = name,
        ["Etl:MappedFiles:0:Folder"] = folder,
        ["Etl:MappedFiles:0:Pattern"] = "*.csv",
        ["Etl:MappedFiles:0:Layout"] = "baskets",
        ["Etl:MappedFiles:0:Delimiter"] = ",",
        ["Etl:MappedFiles:0:DefaultDate"] = "2024-03-01",
        ["Etl:MappedFiles:0:BasketCustomerId"] = "7",
        ["Etl:MappedFiles:0:MaxItemLength"] = "20",
    };

    string Inbox()
    {
        var folder = _folder.File("baskets");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void Each_line_is_an_order_with_one_line_per_distinct_item_and_products_by_name()
    {
        var folder = Inbox();
        File.WriteAllText(Path.Combine(folder, "b.csv"), "milk,bread\nbread , butter,bread\nmilk\n");
        using var host = new WarehouseHost(_folder, BasketMapping(folder));

        var result = host.Get<EtlRunner>().Run("baskets", "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(3, 3, 0), result.Counts);
        Assert.Equal(3L, host.Scalar<long>("select count(distinct order_id) from fct_order_line"));
        // bread named twice on line 2: a basket is a set, so 2 + 2 + 1 lines
        Assert.Equal(5L, host.Scalar<long>("select count(*) from fct_order_line"));
        Assert.Equal("bread,butter,milk", host.Scalar<string>("select string_agg(product_name, ',' order by product_name) from dim_product"));
        Assert.Equal("1000000001,1000000002,1000000003", host.Scalar<string>("select string_agg(product_id::varchar, ',' order by product_name) from dim_product"));
        Assert.Equal("Basket items", host.Scalar<string>("select distinct category from dim_product"));
        Assert.Equal("7", host.Scalar<string>("select string_agg(distinct customer_id::varchar, ',') from fct_order_line join dim_customer using (customer_key)"));
        Assert.Equal("2024-03-01", host.Scalar<string>("select strftime(min(ordered_at), '%Y-%m-%d') from fct_order_line"));
        Assert.Equal(0L, host.Scalar<long>("select count(*) from fct_order_line where order_status <> 'completed'"));
    }

    [Fact]
    public void Empty_lines_empty_and_over_long_items_and_bad_bytes_are_quarantined_with_a_reason()
    {
        var folder = Inbox();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("milk,bread\r\n\r\nmilk,,bread\r\n" + "milk," + new string('x', 21) + "\r\n"));
        bytes.AddRange([0x62, 0x72, 0xFF, 0x61, 0x64, 0x0D, 0x0A]);   // "br\xFFad": not UTF-8
        bytes.AddRange(Encoding.UTF8.GetBytes("käse,brot\r\n"));
        File.WriteAllBytes(Path.Combine(folder, "mixed.csv"), [.. bytes]);
        using var host = new WarehouseHost(_folder, BasketMapping(folder));

        var result = host.Get<EtlRunner>().Run("baskets", "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(6, 2, 4), result.Counts);
        var reasons = host.Rows("select row_ref, reason from quarantine_row order by row_ref").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("empty basket: the line names no item", reasons["line 2"]);
        Assert.Equal("item 2 of the basket is empty", reasons["line 3"]);
        Assert.Equal("item 2 is 21 characters long; at most 20 are allowed", reasons["line 4"]);
        Assert.Equal("bad encoding: the line is not valid UTF-8", reasons["line 5"]);
        Assert.Contains("käse", host.Scalar<string>("select string_agg(product_name, ',') from dim_product"));
    }

    [Fact]
    public void Rerun_loads_nothing_and_a_changed_file_keeps_every_item_id()
    {
        var folder = Inbox();
        var file = Path.Combine(folder, "b.csv");
        File.WriteAllText(file, "milk,bread\nbutter\n");
        using var host = new WarehouseHost(_folder, BasketMapping(folder));
        var runner = host.Get<EtlRunner>();
        runner.Run("baskets", "test", CancellationToken.None);
        var milk = host.Scalar<int>("select product_id from dim_product where product_name = 'milk'");

        var rerun = runner.Run("baskets", "test", CancellationToken.None);
        File.WriteAllText(file, "milk,bread\nbutter\napple,milk\n");
        var changed = runner.Run("baskets", "test", CancellationToken.None);

        Assert.Equal(LoadCounts.None, rerun.Counts);
        Assert.Equal(new LoadCounts(3, 1, 0, 2), changed.Counts);
        Assert.Equal(3L, host.Scalar<long>("select count(distinct order_id) from fct_order_line"));
        Assert.Equal(5L, host.Scalar<long>("select count(*) from fct_order_line"));
        Assert.Equal(milk, host.Scalar<int>("select product_id from dim_product where product_name = 'milk'"));
        Assert.Equal(4L, host.Scalar<long>("select count(*) from etl_basket_item"));
    }

    [Fact]
    public void Basket_layout_with_a_bad_default_date_stops_start_up()
    {
        var settings = BasketMapping(Inbox());
        settings["Etl:MappedFiles:0:DefaultDate"] = "01.03.2024";

        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder, settings));
        Assert.Contains("DefaultDate '01.03.2024' is not a date (yyyy-MM-dd)", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
