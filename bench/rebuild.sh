#!/usr/bin/env bash
# Incremental rebuild benchmark (issue 6): `staticcatalog serve` on the 2,117-post corpus, then EDITS edits.
#
#   bench/rebuild.sh [EDITS]        # default 20
#
# Copies ../shared/corpus/news (or STATICCATALOG_CORPUS) to a temporary folder, starts `serve` on it
# (Release, ReadyToRun), and edits one post at a time, waiting for each rebuild:
#   - body edits: a paragraph appended to a different post each time (the common case while writing);
#   - title edits: a post retitled, which changes lists, tag pages, feeds and search (every page is rendered).
# Each rebuild's time is taken by the server from the first file event to the last file written (what
# `serve` prints), and by this script from just before the edit to the server's report (includes the
# polling of its log, at most 5 ms more). Prints the median, 90th percentile and maximum of each, and the
# files each kind of rebuild wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
edits="${1:-20}"
corpus="${STATICCATALOG_CORPUS:-../shared/corpus/news}"
[ -d "$corpus" ] || { echo "error: the corpus is not at $corpus" >&2; exit 1; }

work="$(mktemp -d)"
server=""
# SIGTERM, not SIGINT: a background job of a script ignores SIGINT. serve stops cleanly on either.
cleanup() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
echo "publishing StaticCatalog (Release, ReadyToRun, $rid)..." >&2
dotnet publish src/StaticCatalog.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/bin" --nologo -v q >/dev/null
cp -r "$corpus" "$work/seeds"

"$work/bin/staticcatalog" serve --seeds "$work/seeds" --output "$work/site" --port 0 >"$work/serve.log" 2>&1 &
server=$!
echo "first build of $(ls "$work/seeds" | wc -l) posts..." >&2
until grep -q '^Serving ' "$work/serve.log"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
grep '^Rebuilt the site' "$work/serve.log" | head -1 | sed 's/^/first build: /' >&2

now_ms() { date +%s%3N; }
reports() { grep -cE '^(Rebuilt|Rebuild failed|No change)' "$work/serve.log" || true; }

# edit KIND FILE: changes FILE, waits for the server's report; prints "server_ms script_ms written"
edit() {
  local kind="$1" file="$2" before start line
  before="$(reports)"
  start="$(now_ms)"
  if [ "$kind" = body ]; then
    printf '\nAn edit made while serving, at %s.\n' "$start" >>"$file"
  else
    sed -i "0,/^title:.*/s//title: 'Retitled $start'/" "$file"
  fi
  until [ "$(reports)" -gt "$before" ]; do sleep 0.005; done
  local end; end="$(now_ms)"
  line="$(grep -E '^(Rebuilt|Rebuild failed|No change)' "$work/serve.log" | tail -1)"
  case "$line" in Rebuilt*) ;; *) echo "unexpected: $line" >&2; exit 1 ;; esac
  echo "$(sed -E 's/.* in ([0-9]+) ms(;.*)?$/\1/' <<<"$line") $((end - start)) $(sed -E 's/.* ([0-9]+) written.*/\1/' <<<"$line")"
  sleep 0.3 # let the editor's save settle, as between two real saves
}

stats() { # column: median p90 max
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    p = v[int(0.9 * NR + 0.999)]; printf "%s %s %s\n", m, p, v[NR] }'
}

# Every 97th post whose title is on its own line (a title edit replaces that line).
mapfile -t posts < <(grep -l '^title: [^>|]' "$work/seeds"/*.md | awk 'NR % 97 == 1')
: >"$work/body.txt"; : >"$work/title.txt"
for i in $(seq 0 $((edits - 1))); do
  edit body "${posts[$((i % ${#posts[@]}))]}" >>"$work/body.txt"
done
for i in $(seq 0 4); do
  edit title "${posts[$(((i + 7) % ${#posts[@]}))]}" >>"$work/title.txt"
done

printf '\n%-28s %7s %14s %14s %14s %10s\n' "rebuild" "edits" "server median" "server p90" "script median" "written"
for kind in body title; do
  file="$work/$kind.txt"
  read -r sm sp sx < <(cut -d' ' -f1 "$file" | stats)
  read -r cm cp cx < <(cut -d' ' -f2 "$file" | stats)
  read -r wm wp wx < <(cut -d' ' -f3 "$file" | stats)
  label=$([ "$kind" = body ] && echo "body edit (one post)" || echo "title edit (whole site)")
  printf '%-28s %7s %11s ms %11s ms %11s ms %10s\n' "$label" "$(wc -l <"$file")" "$sm" "$sp" "$cm" "$wm"
done
