#!/usr/bin/env bash
# Whole-process timings of one CLI command: wall and CPU (user + system) of each run, then the median, fastest and slowest.
# A command's fixed cost (start-up, host, warehouse open) shows here, not in a bench that times work inside one process.
#
#   scripts/cli-timing.sh [-n RUNS] [-w WARMUPS] -- COMMAND [ARGS...]
#   scripts/cli-timing.sh -n 10 -- dotnet out/cli/insights.dll report intervals --view parameters --warehouse cdnow.duckdb
#   scripts/cli-timing.sh -n 10 -- out/cli/insights report cross-sell rules --warehouse groceries.duckdb
#
# RUNS (default 10) timed runs after WARMUPS (default 1, untimed: the files into the page cache). The command's stdout is
# discarded; its stderr is kept in a temporary file and shown when a run fails (exit code non-zero stops the script).
# Needs GNU time (/usr/bin/time, Debian package `time`). The load average is printed at start and end: on a shared
# machine wall times wait for a core, so compare CPU, and before/after only when taken back to back.
set -euo pipefail

runs=10 warmups=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    -w) warmups=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; fi
if [ ! -x /usr/bin/time ]; then echo "cli-timing: /usr/bin/time not found (apt-get install time)" >&2; exit 2; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  if ! /usr/bin/time -f '%e %U %S' -o "$work/one" "$@" > /dev/null 2> "$work/err"; then
    echo "cli-timing: the command failed:" >&2; cat "$work/err" >&2; exit 1
  fi
}

echo "command: $*"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$warmups"); do run "$@"; done
: > "$work/all"
for _ in $(seq "$runs"); do run "$@"; cat "$work/one" >> "$work/all"; done
echo "load average at end:   $(cut -d' ' -f1-3 /proc/loadavg)"

# median, fastest and slowest of a column of seconds
summary() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  printf "median %4.0f ms  fastest %4.0f ms  slowest %4.0f ms\n", m * 1000, v[1] * 1000, v[NR] * 1000 }'; }
printf "wall (%s runs): %s" "$runs" "$(awk '{ print $1 }' "$work/all" | summary)"; echo
printf "cpu  (%s runs): %s" "$runs" "$(awk '{ print $2 + $3 }' "$work/all" | summary)"; echo
