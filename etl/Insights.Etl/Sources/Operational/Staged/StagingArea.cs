using System.Text.Json;
using System.Text.RegularExpressions;

namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>
/// The staging folder the workers write their batches to and the owner loads them from (Etl:StagingFolder): one sub-folder per
/// plan, holding &lt;batch&gt;.parquet and &lt;batch&gt;.manifest.json per committed partition. A worker writes under a
/// temporary name (starting with a dot) and renames when complete, the Parquet file first and the manifest last, so a batch
/// is either committed (manifest present, file as it says) or invisible: a killed worker leaves only dot-files or a Parquet
/// file without manifest, which the next attempt of its job replaces and the owner never reads.
/// </summary>
public sealed partial class StagingArea(string root)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The staging folder (full path).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>A new plan id: the UTC time and a random suffix (also the plan's folder name).</summary>
    public static string NewPlanId(DateTime nowUtc) => $"{nowUtc:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The folder of <paramref name="planId"/>.</summary>
    public string PlanFolder(string planId) =>
        PlanIdShape().IsMatch(planId) ? Path.Combine(Root, planId) : throw new ArgumentException($"Not a plan id: {planId}", nameof(planId));

    /// <summary>Where the committed Parquet batch of <paramref name="partition"/> is.</summary>
    public string BatchPath(ExtractPartition partition) => Path.Combine(PlanFolder(partition.PlanId), partition.Batch + ".parquet");

    /// <summary>A temporary path in the plan's folder for an attempt at <paramref name="partition"/> (a dot-file: never a batch).</summary>
    public string TemporaryPath(ExtractPartition partition, string extension) =>
        Path.Combine(PlanFolder(partition.PlanId), $".{partition.Batch}.{Guid.NewGuid():N}{extension}");

    /// <summary>The manifest of <paramref name="partition"/> if it was committed, else null.</summary>
    public BatchManifest? Committed(ExtractPartition partition)
    {
        var path = ManifestPath(partition.PlanId, partition.Batch);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Every committed manifest of <paramref name="planId"/>.</summary>
    public IReadOnlyList<BatchManifest> Committed(string planId)
    {
        var folder = PlanFolder(planId);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.manifest.json").Where(p => !Path.GetFileName(p).StartsWith('.')).Select(Read).ToList()
            : [];
    }

    /// <summary>
    /// Commits a batch whose Parquet file is complete at <paramref name="temporaryParquet"/>: renames it to its batch name, then
    /// writes the manifest under a temporary name and renames that (rename(2) within a folder: all or nothing).
    /// </summary>
    public void Commit(ExtractPartition partition, string temporaryParquet, BatchManifest manifest)
    {
        File.Move(temporaryParquet, BatchPath(partition), overwrite: true);
        var temporary = TemporaryPath(partition, ".manifest.json");
        File.WriteAllText(temporary, JsonSerializer.Serialize(manifest, Json));
        File.Move(temporary, ManifestPath(partition.PlanId, partition.Batch), overwrite: true);
    }

    /// <summary>
    /// Removes what an earlier attempt at <paramref name="partition"/> left (its dot-files, a Parquet file it renamed but never
    /// gave a manifest): one job runs one attempt at a time, so nothing else writes these names.
    /// </summary>
    public void DeleteUncommitted(ExtractPartition partition)
    {
        var folder = PlanFolder(partition.PlanId);
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, $".{partition.Batch}.*")) File.Delete(file);
        if (Committed(partition) is null) File.Delete(BatchPath(partition));
    }

    /// <summary>Writes the plan (its partitions) into its folder, for operators looking at a run in progress.</summary>
    public void WritePlan(string planId, IReadOnlyList<ExtractPartition> partitions)
    {
        var folder = PlanFolder(planId);
        Directory.CreateDirectory(folder);
        // written whole and renamed, like the manifests: a reader never sees half of it
        var temporary = Path.Combine(folder, $".plan.{Guid.NewGuid():N}.json");
        File.WriteAllText(temporary, JsonSerializer.Serialize(partitions, Json));
        File.Move(temporary, Path.Combine(folder, "plan.json"), overwrite: true);
    }

    /// <summary>Deletes the folder of <paramref name="planId"/> (after its load, committed or not: a plan is never loaded twice).</summary>
    public void DeletePlan(string planId)
    {
        var folder = PlanFolder(planId);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Deletes every plan folder: what loads that were killed left (one owner runs one plan at a time, so at the start of a
    /// plan no other is live). Only folders named like a plan are touched.
    /// </summary>
    public void DeleteStalePlans()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.GetDirectories(Root).Where(f => PlanIdShape().IsMatch(Path.GetFileName(f))))
            Directory.Delete(folder, recursive: true);
    }

    string ManifestPath(string planId, string batch) => Path.Combine(PlanFolder(planId), batch + ".manifest.json");

    static BatchManifest Read(string path) =>
        JsonSerializer.Deserialize<BatchManifest>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"The manifest {path} is empty.");

    [GeneratedRegex("^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{8}$")]
    private static partial Regex PlanIdShape();
}
