namespace Insights.Tests.Fixtures;

/// <summary>CDNOW_sample.txt (TestData/cdnow) and the mapped file source that loads it, as the column mapping in docs/etl.md does.</summary>
public static class CdnowSample
{
    /// <summary>The sample file shipped with the tests.</summary>
    public static string File { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow", "CDNOW_sample.txt");

    /// <summary>Creates <paramref name="folder"/> and copies the sample into it.</summary>
    public static void CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        System.IO.File.Copy(File, Path.Combine(folder, "CDNOW_sample.txt"));
    }

    /// <summary>
    /// The mapped file source "cdnow" reading <paramref name="folder"/>: master id, sample id, yyyymmdd date, CDs, dollars;
    /// whitespace separated, no header; the sample id is the customer id.
    /// </summary>
    public static Dictionary<string, string?> Mapping(string folder) => new()
    {
        ["Etl:MappedFiles:0:Name"] = "cdnow",
        ["Etl:MappedFiles:0:Folder"] = folder,
        ["Etl:MappedFiles:0:Pattern"] = "*.txt",
        ["Etl:MappedFiles:0:Delimiter"] = "whitespace",
        ["Etl:MappedFiles:0:Columns:0"] = "master_id",
        ["Etl:MappedFiles:0:Columns:1"] = "sample_id",
        ["Etl:MappedFiles:0:Columns:2"] = "date",
        ["Etl:MappedFiles:0:Columns:3"] = "cds",
        ["Etl:MappedFiles:0:Columns:4"] = "dollars",
        ["Etl:MappedFiles:0:Map:customer_id"] = "sample_id",
        ["Etl:MappedFiles:0:Map:ordered_at"] = "date",
        ["Etl:MappedFiles:0:Map:quantity"] = "cds",
        ["Etl:MappedFiles:0:Map:amount"] = "dollars",
        ["Etl:MappedFiles:0:DateFormat"] = "%Y%m%d",
        ["Etl:MappedFiles:0:DefaultChannel"] = "web",
    };
}
