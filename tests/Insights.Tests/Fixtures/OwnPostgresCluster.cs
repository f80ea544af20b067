using System.Diagnostics;
using Npgsql;

namespace Insights.Tests.Fixtures;

/// <summary>
/// A PostgreSQL cluster of one test (scripts/pg-start.sh, on a port of its own), which the test may stop and start again as
/// an outage of the source: the other tests keep their server. Disposing stops it and deletes its data (scripts/pg-stop.sh).
/// </summary>
public sealed class OwnPostgresCluster : IDisposable
{
    static readonly string Scripts = FindScripts();
    readonly string _data;

    public OwnPostgresCluster()
    {
        // a port range of its own, so it does not race scripts/test.sh's cluster for 55432 (busy ports are skipped anyway)
        var exports = Run(Path.Combine(Scripts, "pg-start.sh"), "", ("INSIGHTS_PG_PORT", "56432"));
        string Export(string name) => exports.Split('\n').Single(l => l.StartsWith($"export {name}=", StringComparison.Ordinal))
            [$"export {name}=".Length..].Replace("\\", "", StringComparison.Ordinal).Trim('\'');
        _data = Export("INSIGHTS_PG_DATA");
        ConnectionString = Export("INSIGHTS_TEST_POSTGRES");
    }

    /// <summary>Connection string of the cluster's `insights` user (may create databases).</summary>
    public string ConnectionString { get; }

    /// <summary>Stops the server at once, as a crash or a pulled cable would (pg_ctl -m immediate): every connection dies.</summary>
    public void StopImmediately() => PgCtl("-m immediate -w stop");

    /// <summary>Starts the stopped server again, with the options it had (pg_ctl restart reads postmaster.opts).</summary>
    public void Start()
    {
        PgCtl($"-l {_data}/log -w -t 60 restart");
        NpgsqlConnection.ClearAllPools();
    }

    void PgCtl(string arguments)
    {
        var asPostgres = Environment.UserName == "root" ? "runuser -u postgres --" : "sudo -u postgres --";
        Run("bash", $"-c \"cd / && {asPostgres} $(printf '%s\\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl -D {_data}/db {arguments} >&2\"");
    }

    static string Run(string file, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    static string FindScripts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "pg-start.sh"))) return Path.Combine(dir.FullName, "scripts");
        throw new InvalidOperationException("scripts/pg-start.sh not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Run(Path.Combine(Scripts, "pg-stop.sh"), _data); } catch (InvalidOperationException) { }   // never fail a test on cleanup
    }
}
