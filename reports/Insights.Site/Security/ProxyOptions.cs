using System.Net;
using Microsoft.Extensions.Options;

namespace Insights.Site.Security;

/// <summary>
/// The TLS-terminating proxy in front of the site (configuration section "Proxy"; off by default). When the proxies or their
/// networks are named, <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> are believed from them, and from them only: behind
/// the proxy a request that reached it over HTTPS is HTTPS to the site (<c>Request.IsHttps</c>), so the sign-in and anti-forgery
/// cookies carry <c>Secure</c>, and the client address (sign-in rate limit, loopback health check) is the real client's.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Proxy";

    /// <summary>The proxies' addresses (<c>10.0.0.5</c>, <c>::1</c>) whose forwarded headers are believed.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies in CIDR form (<c>172.16.0.0/12</c>) whose forwarded headers are believed.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// Mark the sign-in and anti-forgery cookies <c>Secure</c> always, whatever the request's scheme: for a proxy whose address
    /// cannot be named. Off by default (over the plain-HTTP loopback default, a Secure cookie would never come back).
    /// </summary>
    public bool ForceSecureCookies { get; set; }

    /// <summary>Whether any proxy is named (the forwarded headers are read only then).</summary>
    public bool TrustsForwardedHeaders => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The proxies' addresses, parsed (validated at start).</summary>
    public IEnumerable<IPAddress> ProxyAddresses() => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    /// <summary>The proxies' networks, parsed (validated at start).</summary>
    public IEnumerable<IPNetwork> ProxyNetworks() => KnownNetworks.Select(n => IPNetwork.Parse(n.Trim()));
}

/// <summary>Refuses at start a proxy address or network that does not parse, naming it.</summary>
public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var problems = options.KnownProxies.Where(p => !IPAddress.TryParse(p.Trim(), out _))
            .Select(p => $"Proxy:KnownProxies has '{p}', which is not an IP address (e.g. 10.0.0.5).")
            .Concat(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n.Trim(), out _))
                .Select(n => $"Proxy:KnownNetworks has '{n}', which is not a network in CIDR form (e.g. 172.16.0.0/12)."))
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
