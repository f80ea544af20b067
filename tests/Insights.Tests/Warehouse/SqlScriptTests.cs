using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

/// <summary>How model scripts are cut into statements, and which statements take the slice parameter.</summary>
public sealed class SqlScriptTests
{
    [Fact]
    public void Statements_end_at_a_code_line_ending_in_a_semicolon_not_in_a_comment()
    {
        var statements = SqlScript.Statements("""
            -- first; a comment that ends like a statement;
            create temp table a as
            select 1 as x;

            insert into a
            -- still the insert;
            select 2;
            select * from a
            """);

        Assert.Equal(3, statements.Count);
        Assert.StartsWith("-- first;", statements[0]);
        Assert.Contains("insert into a", statements[1]);
        Assert.Contains("-- still the insert;", statements[1]);
        Assert.Contains("select 2;", statements[1]);
        Assert.Equal("select * from a", statements[2].Trim());
    }

    [Fact]
    public void Trailing_comments_are_not_a_statement() =>
        Assert.Single(SqlScript.Statements("select 1;\n-- the end\n\n"));

    [Theory]
    [InlineData("select $chunk;", "chunk", true)]
    [InlineData("select 1 where x = $chunk)", "chunk", true)]
    [InlineData("select $chunk_orders;", "chunk", false)]
    [InlineData("-- uses $chunk in a comment only\nselect 1;", "chunk", false)]
    [InlineData("select $chunk_orders;", "chunk_orders", true)]
    public void Uses_matches_the_whole_parameter_name_in_code(string statement, string name, bool expected) =>
        Assert.Equal(expected, SqlScript.Uses(statement, name));
}
