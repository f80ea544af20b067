namespace Insights.Tests.Demo;

/// <summary>The tests that inspect one shared demo world (generated once per run).</summary>
[CollectionDefinition(Name)]
public sealed class DemoWorldCollection : ICollectionFixture<DemoWorldFixture>
{
    public const string Name = "Demo world";
}
