using System.Text.Json;

namespace Insights.Tests.Site;

/// <summary>
/// Where the site listens follows ASP.NET Core's conventions: appsettings.json sets no address (which used to win over
/// ASPNETCORE_URLS, silently), so Kestrel's loopback default applies unless ASPNETCORE_URLS, Urls or --urls says otherwise.
/// </summary>
public sealed class ListeningAddressTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public async Task Aspnetcore_urls_is_honoured()
    {
        TinyWorld.CopyTo(_folder.File("sources"));
        using var site = new SiteProcess(_folder.Path, new Dictionary<string, string>
        {
            ["Warehouse__DatabasePath"] = _folder.File("site.duckdb"),
            ["Etl__SourcesFolder"] = _folder.File("sources"),
            ["Etl__RunOnStart"] = "false",
            ["Demo__GenerateOnFirstStart"] = "false",
            ["Reports__WarmUp__Enabled"] = "false",
            ["Hangfire__PostgresConnectionString"] = "",
        }, urlsVariable: "ASPNETCORE_URLS");

        // it answers on the address ASPNETCORE_URLS gave (with appsettings.json's Urls it listened on 127.0.0.1:5000 instead)
        var body = await site.WaitForAsync("/healthz", b => b == "Healthy", TimeSpan.FromMinutes(1));

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public void Appsettings_sets_no_address_and_only_loopback_hosts()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        var root = settings.RootElement;

        Assert.False(root.EnumerateObject().Any(p => p.Name.Equals("Urls", StringComparison.OrdinalIgnoreCase)), "appsettings.json sets Urls");
        Assert.Equal("localhost;127.0.0.1;[::1]", root.GetProperty("AllowedHosts").GetString());
    }

    [Fact]
    public void The_container_files_set_aspnetcore_urls_never_urls()
    {
        // a Urls variable is application configuration and wins over an ASPNETCORE_URLS given to the container
        var urls = new System.Text.RegularExpressions.Regex(@"^\s*(ENV\s+)?Urls\s*[=:]", System.Text.RegularExpressions.RegexOptions.Multiline);
        var dockerfile = File.ReadAllText(RepositoryFolder.Combine("Dockerfile"));
        var compose = File.ReadAllText(RepositoryFolder.Combine("docker-compose.yml"));

        Assert.DoesNotMatch(urls, dockerfile);
        Assert.DoesNotMatch(urls, compose);
        Assert.Contains("ENV ASPNETCORE_URLS=http://0.0.0.0:5000", dockerfile);
        Assert.Equal(2, compose.Split("ASPNETCORE_URLS: http://0.0.0.0:5000").Length - 1);   // the owner and the replica
        Assert.Matches(urls, "ENV Urls=http://0.0.0.0:5000");   // the pattern finds what the files used to say
        Assert.Matches(urls, "      Urls: http://0.0.0.0:5000");
    }

    public void Dispose() => _folder.Dispose();
}
