#!/usr/bin/env bash
# Full-build benchmark, StaticCatalog beside Hugo, in one run (issue 6).
#
#   bench/run.sh [RUNS] [SCALES]        # defaults: 3 "1 4 10"
#
# Also times the one-post site of seeds/ (start-up included; target under 1 s).
#
# Builds the 2,117 posts of ../shared/corpus/news (or STATICCATALOG_CORPUS) and synthetic corpora of
# 4x and 10x made from them in a temporary folder (bench/make-corpus.py: distinct file names and titles,
# tags kept), with StaticCatalog (Release, catalog included) and with Hugo (Debian's 0.111, installed with
# apt-get when missing) on the minimal templates in bench/hugo/ (a page per post, per tag, a home page,
# RSS). Each build runs RUNS times into an empty folder under /usr/bin/time -v; the table gives medians:
# wall and CPU seconds, peak memory, pages (HTML files) written, output bytes, pages per second, and our
# wall time over Hugo's.
#
# BENCH_OUT=DIR writes the sites under DIR instead of the temporary folder: BENCH_OUT=/dev/shm takes the disk
# out of the figures (on these machines its write times vary two-fold from run to run).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
scales="${2:-1 4 10}"
corpus="${STATICCATALOG_CORPUS:-../shared/corpus/news}"
[ -d "$corpus" ] || { echo "error: the corpus is not at $corpus" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hugo || ! [ -x /usr/bin/time ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo time >/dev/null
fi

work="$(mktemp -d)"
out="${BENCH_OUT:-$work}/staticcatalog-bench-out"
trap 'rm -rf "$work" "$out"' EXIT
# Release, ReadyToRun (precompiled: no JIT at start-up), framework-dependent, for this machine's runtime.
rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
echo "publishing StaticCatalog (Release, ReadyToRun, $rid)..." >&2
dotnet publish src/StaticCatalog.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/bin" --nologo -v q >/dev/null
ours="$work/bin/staticcatalog"

# measure NAME COMMAND...: one run into $out; prints "wall cpu peak_kb pages bytes"
measure() {
  rm -rf "$out"
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  python3 - "$work/time.txt" "$out" <<'PY'
import os, re, sys
text = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r":\s*(.+)", text).group(1).strip()
clock = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(v * 60 ** i for i, v in enumerate(reversed(clock)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
pages = size = 0
for root, _, files in os.walk(sys.argv[2]):
    for f in files:
        size += os.path.getsize(os.path.join(root, f))
        pages += f.endswith(".html")
print(f"{wall:.2f} {cpu:.2f} {field('Maximum resident set size (kbytes)')} {pages} {size}")
PY
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# row TOOL SCALE: RUNS measurements, then the medians as one line
row() {
  local tool="$1" scale="$2" seeds="$3" results="$work/$1-$2.txt"
  : >"$results"
  for _ in $(seq "$runs"); do
    if [ "$tool" = staticcatalog ]; then
      measure "$ours" build --seeds "$seeds" --output "$out" --base-url /bench/ >>"$results"
    else
      measure hugo --source "$work/hugo-$scale" --destination "$out" --quiet >>"$results"
    fi
  done
  local wall cpu peak pages bytes
  wall=$(cut -d' ' -f1 "$results" | median); cpu=$(cut -d' ' -f2 "$results" | median)
  peak=$(cut -d' ' -f3 "$results" | median); pages=$(cut -d' ' -f4 "$results" | median); bytes=$(cut -d' ' -f5 "$results" | median)
  echo "$tool $scale $wall $cpu $peak $pages $bytes"
}

seed_walls=""
for _ in $(seq "$runs"); do
  rm -rf "$work/seed-out"
  /usr/bin/time -f "%e" -o "$work/seed.txt" "$ours" build --output "$work/seed-out" >/dev/null 2>&1
  seed_walls="$seed_walls $(cat "$work/seed.txt")"
done
echo "one-post site (seeds/): $(tr ' ' '\n' <<<"$seed_walls" | grep . | median) s wall, median of $runs"

printf '%-14s %6s %6s %9s %9s %10s %8s %13s %10s %9s\n' tool posts scale wall_s cpu_s peak_MiB pages output_MB pages/s vs_hugo
for scale in $scales; do
  seeds="$work/seeds-$scale"
  python3 bench/make-corpus.py "$corpus" "$seeds" "$scale"
  posts=$(find "$seeds" -name '*.md' | wc -l)
  mkdir -p "$work/hugo-$scale/content"
  cp -r bench/hugo/. "$work/hugo-$scale/"
  ln -s "$seeds" "$work/hugo-$scale/content/posts"
  read -r _ _ hwall hcpu hpeak hpages hbytes < <(row hugo "$scale" "$seeds")
  read -r _ _ swall scpu speak spages sbytes < <(row staticcatalog "$scale" "$seeds")
  for line in "staticcatalog $swall $scpu $speak $spages $sbytes" "hugo $hwall $hcpu $hpeak $hpages $hbytes"; do
    read -r tool wall cpu peak pages bytes <<<"$line"
    awk -v t="$tool" -v n="$posts" -v s="${scale}x" -v w="$wall" -v c="$cpu" -v p="$peak" -v g="$pages" -v b="$bytes" -v h="$hwall" \
      'BEGIN { printf "%-14s %6d %6s %9.2f %9.2f %10.0f %8d %13.1f %10.0f %9.2f\n", t, n, s, w, c, p / 1024, g, b / 1e6, g / w, w / h }'
  done
done
echo "medians of $runs runs each; vs_hugo = wall time over Hugo's on the same posts in this run" >&2
