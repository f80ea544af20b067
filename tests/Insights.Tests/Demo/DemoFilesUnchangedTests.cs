using System.Security.Cryptography;
using Insights.Demo;

namespace Insights.Tests.Demo;

/// <summary>
/// The demo world's files, byte for byte: a small world (scale 0.01, seed 7, ending 2026-06-30) hashes to what it hashed to
/// when these hashes were recorded (commit 2ff2358, before the writers took their headers from the ETL's column lists). A
/// refactoring of the writers must leave them as they are; a deliberate change of the demo world records new hashes here,
/// saying why in its commit.
/// </summary>
public sealed class DemoFilesUnchangedTests
{
    static readonly Dictionary<string, string> Recorded = new(StringComparer.Ordinal)
    {
        ["complaints/complaints.jsonl"] = "b2a54271233fc9cf356b1800baeda626e36e8f668917d7fcdccf6c901f88a839",
        ["contacts/contacts.csv"] = "0edf4f751344ce9bd4219e76ccca178527925c4fa42d9f5bba49837a13d7df89",
        ["operational/customers.csv"] = "935c5d85c98f97ce4e7c6ed9c060d7fe998cc21ceacb6825d3b054c71d1c361b",
        ["operational/order_lines.csv"] = "90eab87a7fe4ce111ab97244182123f83b4c5b1247867d8db0e71615d37f7a72",
        ["operational/orders.csv"] = "d08689be536c5cd12b067c33fa271c58f6899bdc94ae1ede292d3688bf9daa8b",
        ["operational/products.csv"] = "3498906b9f895fac4e54b414889012c9e091736412b4116864facceb506059ed",
        ["operational/returns.csv"] = "5bbf339331978b33c98d233335cb887eedf337590e8172d80aff17128b64e5a5",
    };

    [Fact]
    public void Small_world_files_are_byte_identical_to_the_recorded_ones()
    {
        using var folder = new TempFolder();
        using (var writer = new FileDemoWriter(folder.Path))
            new DemoGenerator().Generate(new DemoSpec(0.01, 7, new DateOnly(2026, 6, 30)), writer);   // completes the writer

        var written = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/'),
                f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
        Assert.Equal(Recorded.OrderBy(p => p.Key, StringComparer.Ordinal), written.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
