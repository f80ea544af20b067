using System.Text.Json;
using Microsoft.Playwright;

namespace Insights.Tests.Fixtures;

/// <summary>
/// axe-core, the accessibility checker, run inside a page: scripts/test.sh installs it from npm (`npm ci` in tests/browser-tools,
/// pinned by its package-lock.json); the tests inject its axe.min.js into the page and ask it for WCAG 2.1 A and AA violations.
/// The page's context must bypass the Content-Security-Policy (NewContextOptions.BypassCSP), which refuses an injected script.
/// </summary>
public static class AxeCore
{
    /// <summary>The WCAG 2.0 and 2.1 levels A and AA, as axe-core tags its rules.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Where scripts/test.sh installs axe-core.</summary>
    public static string ScriptPath { get; } = RepositoryFolder.Combine("tests", "browser-tools", "node_modules", "axe-core", "axe.min.js");

    static readonly Lazy<string> Script = new(() => File.Exists(ScriptPath)
        ? File.ReadAllText(ScriptPath)
        : throw new InvalidOperationException($"No axe-core at {ScriptPath}: run the tests with ./scripts/test.sh, which installs it (npm ci in tests/browser-tools)."));

    /// <summary>One rule broken on a page: the rule, its impact, what it asks, how many elements break it and the first few.</summary>
    public sealed record Violation(string Rule, string Impact, string Help, int Count, IReadOnlyList<string> Elements)
    {
        /// <summary>For messages: "color-contrast (serious, 3 elements: td > a, ...): Elements must meet minimum color contrast".</summary>
        public override string ToString() => $"{Rule} ({Impact}, {Count} element(s): {string.Join(" | ", Elements)}): {Help}";
    }

    /// <summary>Injects axe-core into <paramref name="page"/> (once per document) and returns the WCAG 2.1 A/AA violations it finds.</summary>
    public static async Task<IReadOnlyList<Violation>> CheckAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new() { Content = Script.Value });
        var found = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({
                rule: v.id, impact: v.impact ?? '', help: v.help, count: v.nodes.length,
                elements: v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.any[0] ? ' [' + n.any[0].message + ']' : ''))
              }));
            }
            """, WcagTags);
        return found.EnumerateArray().Select(v => new Violation(
            v.GetProperty("rule").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("count").GetInt32(), v.GetProperty("elements").EnumerateArray().Select(e => e.GetString()!).ToList())).ToList();
    }
}
