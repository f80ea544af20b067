using Insights.Warehouse;

namespace Insights.Etl;

/// <summary>The etl_run bookkeeping statements.</summary>
static class EtlRunSql
{
    public static readonly string Start = SqlResource.Load(typeof(EtlRunSql), "etl_run_start.sql");
    public static readonly string Finish = SqlResource.Load(typeof(EtlRunSql), "etl_run_finish.sql");
    public static readonly string Fail = SqlResource.Load(typeof(EtlRunSql), "etl_run_fail.sql");
}
