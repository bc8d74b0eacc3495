#!/usr/bin/env bash
# Lighthouse 12.2.3 scores for the home, a service, the limits and a post page of a built site, served
# under a GitHub Pages project path. Prints one line per page and the JavaScript and largest-page sizes.
#
#   bench/lighthouse.sh [SITE_DIR] [PROJECT] [PORT]     # defaults: _site my-repo 8731
#
# Build first with the absolute URL the script serves the site at, so canonical links are valid for the
# host Lighthouse sees (as on GitHub Pages, where they name the published URL), e.g. the corpus:
#   dotnet run -c Release --project src/StaticCatalog.Cli -- build --seeds ../shared/corpus/news --base-url http://127.0.0.1:8731/my-repo/
# Needs Node 20, npm and Chromium (/usr/bin/chromium, or CHROME_PATH). About 11 s a page.
# Targets (issue 5): accessibility, best practices and SEO 100; performance at least 95.
set -euo pipefail
site="$(cd "${1:-_site}" && pwd)"
project="${2:-my-repo}"
chrome="${CHROME_PATH:-/usr/bin/chromium}"

tools="${LIGHTHOUSE_HOME:-${TMPDIR:-/tmp}/staticcatalog-lighthouse}"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund -E lighthouse@12.2.3 >/dev/null
fi

root="$(mktemp -d)"
ln -s "$site" "$root/$project"
port="${3:-8731}"
python3 -m http.server "$port" --bind 127.0.0.1 -d "$root" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$root"' EXIT
sleep 1

# A service page: NAT Gateway when the site has it, else the first service; a post: the newest.
service="services/nat-gateway/"
[ -f "$site/$service/index.html" ] || service="$(cd "$site" && ls -d services/*/ | head -n 1)"
post="$(cd "$site" && find posts -mindepth 3 -maxdepth 3 -type d | sort | tail -n 1)/"

printf '%-60s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for page in "" "$service" limits/ "$post"; do
  out="$root/lh.json"
  CHROME_PATH="$chrome" "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$project/$page" \
    --output=json --output-path="$out" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    >/dev/null 2>&1 || true
  python3 - "$out" "/$project/$page" <<'PY'
import json, sys
path, page = sys.argv[1], sys.argv[2]
try:
    categories = json.load(open(path))["categories"]
except Exception as error:  # Lighthouse exits 0 whatever happens: say so instead of printing nothing
    print(f"{page:<60} lighthouse failed: {error}")
    sys.exit(0)
score = lambda key: "-" if categories[key]["score"] is None else str(round(categories[key]["score"] * 100))
print(f"{page:<60} {score('performance'):>12} {score('accessibility'):>14} {score('best-practices'):>15} {score('seo'):>5}")
PY
done

js=$(find "$site/assets" -name '*.js' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
largest=$(find "$site" -name '*.html' -printf '%s %P\n' | sort -rn | head -n 1)
echo "JavaScript shipped: ${js} bytes uncompressed; largest page: ${largest% *} bytes (${largest#* })"
