using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The real site (Insights.Site.dll, built next to the tests) as its own process on a free loopback port, configured through
/// environment variables as an operator would; <see cref="Kill"/> ends it with SIGKILL, as the OOM killer or a power cut would.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    readonly Process _process;
    readonly StringBuilder _output = new();

    /// <summary>
    /// Starts the site in <paramref name="workingDirectory"/> with <paramref name="environment"/>; its address is given in the
    /// variable <paramref name="urlsVariable"/> (<c>Urls</c>, or <c>ASPNETCORE_URLS</c> to check the host's own convention).
    /// </summary>
    public SiteProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, string urlsVariable = "Urls")
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Insights.Site.dll"));
        start.Environment[urlsVariable] = BaseAddress.ToString().TrimEnd('/');
        // the first admin's password (SignIn.Password), so WaitForAsync can sign in as an operator would
        start.Environment["Auth__InitialAdminPassword"] = SignIn.Password;
        start.Environment["Etl__Schedule"] = SiteFactory.QuietSchedule;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        _process = Process.Start(start)!;
        // drained, so a chatty log never blocks the site, and kept: the first start prints the admin's one-time password there
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_output) _output.AppendLine(e.Data);
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where the site listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the site has written to its standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Waits until the site serves its sign-in page (it has started: migrations applied, first admin made); throws after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the site exited with {_process.ExitCode}: {Output}");
            try
            {
                using var response = await http.GetAsync("/account/sign-in");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }   // not listening yet
            await Task.Delay(100);
        }
        throw new TimeoutException($"the site did not serve its sign-in page in {timeout.TotalSeconds:F0} s: {Output}");
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds for its body; throws after <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForAsync(string path, Func<string, bool> done, TimeSpan timeout)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
            { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        var signedIn = false;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the site exited with {_process.ExitCode}");
            try
            {
                if (!signedIn)
                {
                    await SignIn.AsAsync(http, SignIn.UserOf(Roles.Admin));
                    signedIn = true;
                }
                last = await http.GetStringAsync(path);
                if (done(last)) return last;
            }
            catch (HttpRequestException) { }   // not listening yet
            await Task.Delay(100);
        }
        throw new TimeoutException($"{path} did not show what was awaited in {timeout.TotalSeconds:F0} s; last: {last[..Math.Min(last.Length, 2000)]}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, no rollback.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
