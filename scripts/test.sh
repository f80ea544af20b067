#!/usr/bin/env bash
# THE one command that runs every test: scripts/test.sh [extra dotnet test args, e.g. --filter Category=Etl]
#
# On a fresh Debian/Ubuntu machine with only the .NET SDK (run as root, or with sudo) it
#   1. installs what is missing, and only that: postgresql (server), chromium, fonts-dejavu-core, npm; then the browser
#      tests' page checker (axe-core, pinned in tests/browser-tools/package-lock.json) with `npm ci` into tests/browser-tools;
#   2. starts a throwaway PostgreSQL on 127.0.0.1 (scripts/pg-start.sh) unless INSIGHTS_TEST_POSTGRES is set,
#      and stops it / deletes its data dir on exit, failure or Ctrl-C;
#   3. runs `dotnet test Insights.sln -c Release` with a trx logger into <repo>/TestResults;
#   4. prints, as the LAST line, `N passed, N failed`, and exits non-zero when anything failed.
# Environment: INSIGHTS_TEST_POSTGRES (Npgsql connection string; when set, that server is used as is),
#              INSIGHTS_TEST_CHROMIUM (browser for Playwright; default /usr/bin/chromium),
#              INSIGHTS_PG_PORT (first port tried for the throwaway server; default 55432).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS="$ROOT/TestResults"

say() { printf 'test.sh: %s\n' "$*"; }
now_ms() { local t=${EPOCHREALTIME//[!0-9]/}; echo $((10#$t / 1000)); }
took() { local ms=$(($(now_ms) - $1)); printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)); }

if [ "$(id -u)" -eq 0 ]; then SUDO=()
elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo)
else
  need_root() { echo "test.sh: this step needs root or sudo" >&2; return 1; }
  SUDO=(need_root)   # only fails if a step actually needs root
fi

command -v dotnet >/dev/null 2>&1 || { say "dotnet (the .NET SDK) is not on PATH"; echo "0 passed, 1 failed"; exit 1; }
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1} DOTNET_CLI_TELEMETRY_OPTOUT=${DOTNET_CLI_TELEMETRY_OPTOUT:-1}

# --- 1. system packages (only what is missing; at most one apt-get update) ---------------------------
missing=()
if [ -z "${INSIGHTS_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ -z "${INSIGHTS_TEST_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
command -v npm >/dev/null 2>&1 || missing+=(npm)   # installs the browser tests' axe-core from the npm registry
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then
  missing+=(fonts-dejavu-core)   # ScottPlot renders no text at all without a font
fi
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || { say "missing ${missing[*]} and no apt-get to install them"; echo "0 passed, 1 failed"; exit 1; }
  t=$(now_ms); aptlog=$(mktemp)
  apt=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=300)
  if ! { "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$aptlog" 2>&1; then
    cat "$aptlog"; rm -f "$aptlog"; say "apt-get install ${missing[*]} failed"; echo "0 passed, 1 failed"; exit 1
  fi
  rm -f "$aptlog"
  say "installed ${missing[*]} ($(took "$t"))"
fi

# the accessibility checker the browser tests inject (tests/browser-tools/node_modules/axe-core/axe.min.js); only when the
# lock file changed or it is missing
TOOLS="$ROOT/tests/browser-tools"
if [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ] || [ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]; then
  t=$(now_ms)
  if ! npm ci --prefix "$TOOLS" --no-audit --no-fund --loglevel=error >/tmp/insights-npm.$$.log 2>&1; then
    cat /tmp/insights-npm.$$.log; rm -f /tmp/insights-npm.$$.log; say "npm ci in tests/browser-tools failed"; echo "0 passed, 1 failed"; exit 1
  fi
  rm -f /tmp/insights-npm.$$.log
  say "installed axe-core into tests/browser-tools ($(took "$t"))"
fi

# --- 2. PostgreSQL ------------------------------------------------------------------------------------
PG_DATA=""
stop_pg() {
  if [ -n "$PG_DATA" ]; then "$ROOT/scripts/pg-stop.sh" "$PG_DATA" || true; PG_DATA=""; fi
}
trap stop_pg EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -n "${INSIGHTS_TEST_POSTGRES:-}" ]; then
  say "using INSIGHTS_TEST_POSTGRES as is"
else
  t=$(now_ms)
  if ! pg_env=$("$ROOT/scripts/pg-start.sh" 2>/tmp/insights-pg-start.$$.log); then
    cat /tmp/insights-pg-start.$$.log; rm -f /tmp/insights-pg-start.$$.log
    say "could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1
  fi
  rm -f /tmp/insights-pg-start.$$.log
  eval "$pg_env"                      # sets INSIGHTS_PG_DATA and INSIGHTS_TEST_POSTGRES
  PG_DATA=$INSIGHTS_PG_DATA
  port=${INSIGHTS_TEST_POSTGRES#*Port=}; port=${port%%;*}
  say "PostgreSQL started on 127.0.0.1:$port ($(took "$t"))"
fi
export INSIGHTS_TEST_POSTGRES
export INSIGHTS_TEST_CHROMIUM=${INSIGHTS_TEST_CHROMIUM:-/usr/bin/chromium}

# --- 3. dotnet test -----------------------------------------------------------------------------------
rm -rf "$RESULTS"          # never report a stale trx
t=$(now_ms)
set +e
dotnet test "$ROOT/Insights.sln" -c Release --logger "trx;LogFileName=results.trx" --results-directory "$RESULTS" "$@"
rc=$?
set -e
say "dotnet test exited $rc ($(took "$t"))"

if [ -n "$PG_DATA" ]; then t=$(now_ms); stop_pg; say "PostgreSQL stopped ($(took "$t"))"; fi

# --- 4. summary from the trx Counters element(s) -------------------------------------------------------
count() {   # count ATTR COUNTERS_ELEMENT -> the attribute's number, 0 if absent
  local v
  v=$(printf '%s' "$2" | grep -o " $1=\"[0-9]*\"" | head -n 1 | tr -cd '0-9') || true
  echo "${v:-0}"
}
passed=0; failed=0; trx=0
while IFS= read -r -d '' f; do
  c=$(tr '\r\n' '  ' <"$f" | grep -o '<Counters [^>]*>' | head -n 1) || true
  [ -n "$c" ] || continue
  trx=$((trx + 1))
  passed=$((passed + $(count passed "$c")))
  # error/timeout/aborted are failures too (e.g. a crashed test host)
  failed=$((failed + $(count failed "$c") + $(count error "$c") + $(count timeout "$c") + $(count aborted "$c")))
done < <(find "$RESULTS" -name '*.trx' -print0 2>/dev/null)

if [ "$trx" -eq 0 ]; then
  say "no trx results in $RESULTS (build failure?)"
  passed=0; failed=1
elif [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "dotnet test failed although no test did (build error in another project, crash?)"
  failed=1
fi
echo "$passed passed, $failed failed"
if [ "$rc" -ne 0 ]; then exit "$rc"; fi
[ "$failed" -eq 0 ]
