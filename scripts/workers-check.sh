#!/usr/bin/env bash
# Extraction workers as separate processes (docs/scale.md, "Extraction workers"): a demo world in PostgreSQL is loaded once by a
# single process and once through two `insights worker` processes, one of which is killed (SIGKILL) in the middle of an
# order-lines batch; its job is taken over by a third worker. Prints the operational load's wall time of each run and compares
# the two warehouses table for table (row count and sum of row hashes, as tests/Insights.Tests/Fixtures/WarehouseFingerprint.cs).
#
#   eval "$(INSIGHTS_PG_PORT=56542 scripts/pg-start.sh)"                 # a throwaway PostgreSQL (exports INSIGHTS_TEST_POSTGRES)
#   dotnet build Insights.sln -c Release
#   scripts/workers-check.sh [scale=0.1] [work folder=/tmp/workers-check]
#   scripts/pg-stop.sh "$INSIGHTS_PG_DATA"
#
# Needs: INSIGHTS_TEST_POSTGRES (a user who may create databases), the Release build of the CLI, dotnet fsi (the comparison).
set -euo pipefail
SCALE=${1:-0.1}
WORK=${2:-/tmp/workers-check}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$ROOT/etl/Insights.Cli/bin/Release/net10.0
CLI=(dotnet "$BIN/insights.dll")
# Npgsql's logging dependency, from the shared framework (the CLI's build output does not copy it)
ASPNET=$(printf "%s\n" "$(dirname "$(command -v dotnet)")"/../share/dotnet/shared/Microsoft.AspNetCore.App/* /usr/share/dotnet/shared/Microsoft.AspNetCore.App/* 2>/dev/null | sort -V | tail -n 1)
: "${INSIGHTS_TEST_POSTGRES:?set it (scripts/pg-start.sh prints it)}"
rm -rf "$WORK" && mkdir -p "$WORK"
suffix=$(date +%s)
db() { echo "${INSIGHTS_TEST_POSTGRES/Database=insights/Database=$1}"; }
create_db() {   # through Npgsql (the CLI's own dependency), so no psql is needed
  cat > "$WORK/create.fsx" <<FSX
#r "$ASPNET/Microsoft.Extensions.Logging.Abstractions.dll"
#r "$BIN/Npgsql.dll"
let c = new Npgsql.NpgsqlConnection("$INSIGHTS_TEST_POSTGRES")
c.Open()
for name in ["$1"; "$2"] do (new Npgsql.NpgsqlCommand("create database " + name, c)).ExecuteNonQuery() |> ignore
FSX
  dotnet fsi --quiet "$WORK/create.fsx"
}
SRC_DB=workers_src_$suffix; JOBS_DB=workers_jobs_$suffix
create_db "$SRC_DB" "$JOBS_DB"
export Etl__Operational__Kind=Postgres Etl__Operational__ConnectionString="$(db "$SRC_DB")"
JOBS="$(db "$JOBS_DB")"
"${CLI[@]}" demo generate --scale "$SCALE" --seed 7 --to postgres --end-date 2026-06-30 --sources "$WORK/sources" >/dev/null 2>&1

echo "single process: load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "  %e s wall" "${CLI[@]}" etl run --source operational --warehouse "$WORK/single.duckdb" --sources "$WORK/sources" 2>&1 \
  | grep -E "run 1|wall"

export Etl__StagingFolder=$WORK/staging Hangfire__PostgresConnectionString=$JOBS
"${CLI[@]}" worker --workers 1 --take-over-after 00:00:15 >"$WORK/worker-a.log" 2>&1 & A=$!
"${CLI[@]}" worker --workers 1 --take-over-after 00:00:15 >"$WORK/worker-b.log" 2>&1 & B=$!
trap 'kill $A $B ${C:-} 2>/dev/null || true' EXIT
sleep 3
echo "two workers, one killed mid-batch: load average $(cut -d' ' -f1-3 /proc/loadavg)"
( /usr/bin/time -f "  %e s wall" "${CLI[@]}" etl run --source operational --warehouse "$WORK/staged.duckdb" --sources "$WORK/sources" 2>&1 \
  | grep -E "run 1|wall|failed" ) & OWNER=$!
killed=no
for _ in $(seq 1 1200); do
  if ls -a "$WORK"/staging/*/ 2>/dev/null | grep -q '^\.order_lines'; then kill -9 $A; killed=yes; break; fi
  sleep 0.05
done
echo "  worker A killed while writing an order-lines batch: $killed"
"${CLI[@]}" worker --workers 1 --take-over-after 00:00:15 >"$WORK/worker-c.log" 2>&1 & C=$!
wait $OWNER

cat > "$WORK/fingerprint.fsx" <<FSX
#r "$BIN/DuckDB.NET.Bindings.dll"
#r "$BIN/DuckDB.NET.Data.dll"
let fingerprint (path: string) =
  use c = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + path + ";ACCESS_MODE=READ_ONLY")
  c.Open()
  [ for t in ["raw_customers"; "raw_products"; "raw_orders"; "raw_order_lines"; "raw_returns"; "dim_customer"; "dim_product";
              "dim_channel"; "dim_date"; "fct_order_line"; "fct_return"; "mart_revenue_by_month"] ->
      let ex = if t.StartsWith "raw_" then " exclude (_run_id)" else ""
      use cmd = c.CreateCommand()
      cmd.CommandText <- sprintf "select count(*) || '/' || coalesce(sum(hash(*columns(*%s))), 0) from %s" ex t
      t + " " + string (cmd.ExecuteScalar()) ]
let single, staged = fingerprint "$WORK/single.duckdb", fingerprint "$WORK/staged.duckdb"
List.iter2 (fun a b -> printfn "  %s %s" (if a = b then "same" else "DIFFERENT") a) single staged
let c = new DuckDB.NET.Data.DuckDBConnection("Data Source=$WORK/staged.duckdb;ACCESS_MODE=READ_ONLY")
c.Open()
let cmd = c.CreateCommand()
cmd.CommandText <- "select worker || ': ' || count(*) || ' batches' from etl_loaded_batch group by worker order by 1"
let r = cmd.ExecuteReader()
while r.Read() do printfn "  %s" (r.GetString 0)
exit (if single = staged then 0 else 1)
FSX
LD_LIBRARY_PATH=$BIN dotnet fsi --quiet "$WORK/fingerprint.fsx"
