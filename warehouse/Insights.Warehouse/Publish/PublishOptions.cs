using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Insights.Warehouse.Publish;

/// <summary>
/// Where the warehouse owner publishes the star schema and marts as Parquet after each load, and where read replicas find them
/// (configuration section "Publish"). Unset <see cref="Folder"/> means no publication: the owner's loads do not change.
/// </summary>
public sealed class PublishOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Publish";

    /// <summary>
    /// The publications' root folder (a local path or a mounted share): one folder per publication and the <c>current</c>
    /// pointer. Empty (the default): the owner publishes nothing after a load.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>
    /// Publications kept (the current one and those before it); older ones are removed after each publish. At least two, so a
    /// replica still reading the previous one when a new one becomes current keeps its files.
    /// </summary>
    [Range(2, 100)] public int Keep { get; set; } = 2;

    /// <summary>How often a read replica looks at the <c>current</c> pointer for a new publication, in milliseconds.</summary>
    [Range(0, 600_000)] public int ReplicaPollMilliseconds { get; set; } = 1000;

    /// <summary>Whether the owner publishes after each load.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Folder);

    /// <summary>The full path of <see cref="Folder"/> (relative paths resolve against the working directory).</summary>
    /// <remarks>A method, not a property: the options validation reads every property, and an unset folder is valid.</remarks>
    public string FullFolder() => Path.GetFullPath(Enabled ? Folder! : throw new InvalidOperationException("Publish:Folder is not set."));
}

/// <summary>Checks that a configured <see cref="PublishOptions.Folder"/> is a usable path.</summary>
public sealed class PublishOptionsValidator : IValidateOptions<PublishOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PublishOptions options)
    {
        if (options.Folder is null || options.Folder.Length == 0) return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(options.Folder))
            return ValidateOptionsResult.Fail("Publish:Folder is blank: leave it unset to publish nothing, or name a folder.");
        return RootProblem("Publish:Folder", options.Folder) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    /// <summary>
    /// Why <paramref name="folder"/> cannot be a publications root (a file, not a valid path), named <paramref name="what"/> in the
    /// message; null when it can. The configured folder and `insights publish --to` are held to the same rule.
    /// </summary>
    public static string? RootProblem(string what, string folder)
    {
        try
        {
            var full = Path.GetFullPath(folder);
            return File.Exists(full) ? $"{what} {full} is a file, not a folder." : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"{what} '{folder}' is not a valid path: {e.Message}";
        }
    }
}
