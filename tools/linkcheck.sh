#!/usr/bin/env bash
# An independent check of a built site's links with linkinator (not our own checker), served under a
# GitHub Pages project path the way Pages serves it.
#
#   tools/linkcheck.sh [SITE_DIR] [PROJECT]    # defaults: _site my-repo
#
# Build the site first with the matching base URL, e.g.
#   dotnet run --project src/StaticCatalog.Cli -- build --base-url https://user.github.io/my-repo/
# Needs Node 20 and npm (linkinator 7.6.1; 8.x needs Node 22). External links are skipped (no network);
# every internal link and #fragment is followed. Exit code 1 when a link is broken.
set -euo pipefail
site="$(cd "${1:-_site}" && pwd)"
project="${2:-my-repo}"

tools="${LINKINATOR_HOME:-${TMPDIR:-/tmp}/staticcatalog-linkinator}"
if [ ! -x "$tools/node_modules/.bin/linkinator" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund -E linkinator@7.6.1 >/dev/null
fi

root="$(mktemp -d)"
ln -s "$site" "$root/$project"
# Served by Python on a known port, so that links in posts to other local servers (http://localhost:8090/
# in a tutorial) count as external, like every other host.
port=$((20000 + RANDOM % 20000))
python3 - "$port" "$root" >/dev/null 2>&1 <<'PY' &
import functools, http.server, sys
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 256  # the default of 5 refuses connections (status 0) under load
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[2])
Server(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
PY
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$root"' EXIT
sleep 1

report="$root/linkinator.csv"
set +e
# A modest concurrency and retries: under load a dropped connection shows as status 0, not a broken link.
"$tools/node_modules/.bin/linkinator" "http://127.0.0.1:$port/$project/" --recurse --check-fragments --concurrency "${LINKINATOR_CONCURRENCY:-8}" --retry-errors --retry-errors-count 3 \
  --skip "^https?://(?!127\\.0\\.0\\.1:$port/)" --format CSV >"$report"
status=$?
set -e
checked=$(($(wc -l <"$report") - 1))
broken=$(awk -F, 'NR > 1 && $3 == "BROKEN"' "$report" | wc -l)
echo "linkinator: ${checked} URLs checked under /${project}/ (other hosts skipped), ${broken} broken"
awk -F, 'NR > 1 && $3 == "BROKEN" && shown++ < 50 { print "  " $1 " (status " $2 ", linked from " $4 ")" }' "$report"
exit "$status"
