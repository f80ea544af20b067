namespace Insights.Cli;

/// <summary>What a command needs of the warehouse file, which decides whether <see cref="CliHost.Start"/> may create it.</summary>
enum WarehouseUse
{
    /// <summary>The command never opens the warehouse (it works while the site holds the file).</summary>
    None,

    /// <summary>
    /// The command only reads: the file must exist. Opening a missing path would create, migrate and report an empty warehouse
    /// with exit code 0, which hides a mistyped path.
    /// </summary>
    Existing,

    /// <summary>The command loads or builds a warehouse: a missing file (and its folder) is created and migrated.</summary>
    CreateIfMissing,
}
