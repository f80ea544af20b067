#!/usr/bin/env bash
# Stop a cluster started by scripts/pg-start.sh and delete its data dir.
#   scripts/pg-stop.sh [DATA_DIR]      (default: $INSIGHTS_PG_DATA)
# Safe to call twice, or after the server already died.
set -euo pipefail

DATA=${1:-${INSIGHTS_PG_DATA:-}}
[ -n "$DATA" ] || { echo "pg-stop: no data dir (pass it or set INSIGHTS_PG_DATA)" >&2; exit 1; }
case "$DATA" in /tmp/insights-pg.*) ;; *) echo "pg-stop: refusing to delete '$DATA' (not /tmp/insights-pg.*)" >&2; exit 1 ;; esac
[ -e "$DATA" ] || exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=(); AS_PG=(runuser -u postgres --)
else SUDO=(sudo); AS_PG=(sudo -u postgres --); fi

PGBIN=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n 1)   # newest installed major
if [ -n "$PGBIN" ] && "${SUDO[@]}" test -f "$DATA/db/postmaster.pid"; then
  (cd / && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -m fast -w -t 30 stop >/dev/null 2>&1) \
    || (cd / && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -m immediate -w stop >/dev/null 2>&1) || true
fi
"${SUDO[@]}" rm -rf "$DATA"
