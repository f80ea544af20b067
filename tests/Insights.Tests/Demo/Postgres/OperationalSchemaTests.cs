using System.Text.RegularExpressions;
using Insights.Demo;
using Insights.Etl.Sources.Landing;
using Insights.Etl.Sources.Operational;
using Insights.Warehouse;

namespace Insights.Tests.Demo.Postgres;

/// <summary>
/// The demo's PostgreSQL tables (operational_schema.sql) are DDL with PostgreSQL's types and keys, so they keep their own text;
/// the writer's COPY names the ETL's column list (&lt;table&gt;_columns.sql), and the two must list the same columns in order.
/// </summary>
public sealed partial class OperationalSchemaTests
{
    public static TheoryData<string> Tables() => [.. LandingTables.Operational.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Demo_table_has_the_columns_of_the_one_list_in_order(string table)
    {
        var schema = SqlResource.Read(typeof(FileDemoWriter).Assembly, "Insights.Demo.Postgres.operational_schema.sql");
        var body = CreateTable().Matches(schema).Single(m => m.Groups["table"].Value == table).Groups["body"].Value;
        var columns = body.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)
                           && !line.StartsWith("primary key", StringComparison.OrdinalIgnoreCase))
            .Select(line => line.Split(' ', 2)[0])
            .ToList();

        Assert.Equal(OperationalLanding.Columns(table).Names, columns);
    }

    [GeneratedRegex(@"create table (?<table>\w+) \((?<body>.*?)\n\);", RegexOptions.Singleline)]
    private static partial Regex CreateTable();
}
