#!/usr/bin/env bash
# Full-build benchmark, StaticCatalog beside two Hugo sites, in one run (issue 6).
#
#   bench/run.sh [RUNS] [SCALES] [CORPORA]      # defaults: 3 "1 4 10" "news all"
#   bench/run.sh 1 "1" news                     # one run of each tool on the news posts only
#
# Also times the one-post site of seeds/ (start-up included; target under 1 s).
#
# CORPORA names the posts to build: news is the 2,117 posts of ../shared/corpus/news, all is the 3,802 posts
# of the whole shared corpus ../shared/corpus (news/ blogs/ community/ videos/ roundups/); a folder path is
# also accepted. STATICCATALOG_CORPUS=DIR builds that folder only instead (CORPORA is then ignored). Each
# corpus is built at each scale of SCALES: 1 is the posts as they are, N > 1 a synthetic corpus of N copies
# made in a temporary folder (bench/make-corpus.py: distinct file names and titles, dates and tags kept,
# subfolders kept).
#
# Tools, each on the same posts: staticcatalog (published Release and ReadyToRun, catalog included),
# hugo-minimal (bench/hugo/: a page per post, per tag, a home page, one RSS feed) and hugo-real
# (bench/hugo-real/: Hugo's default outputs, with a page and an RSS feed per tag, paginated tag pages with
# summaries, sitemap, 404, and our page shell). Hugo is Debian's 0.111, installed with apt-get when missing.
# Each build runs RUNS times into an empty folder under /usr/bin/time -v. After our builds of a corpus and
# scale the script prints our output by kind (bench/by-kind.py: files and bytes per top-level folder, tags/
# split into pages and atom.xml feeds, root files together); at the end one table of medians: wall and CPU
# seconds, peak memory, HTML pages, files, folders, output MB and KB per post, and on our rows our wall time
# over hugo-minimal's and over hugo-real's. Each row is also printed to stderr as soon as it is measured.
#
# BENCH_OUT=DIR writes the sites under DIR instead of the temporary folder: BENCH_OUT=/dev/shm takes the disk
# out of the figures (on these machines its write times vary two-fold from run to run).
# BENCH_LIMIT=N (for trying the script) takes only N posts of each corpus, evenly spread over its subfolders,
# before the copies are made.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
scales="${2:-1 4 10}"
corpora="${3:-news all}"
limit="${BENCH_LIMIT:-}"

# corpus list: "label path" lines
corpus_list=""
if [ -n "${STATICCATALOG_CORPUS:-}" ]; then
  [ -z "${3:-}" ] || echo "note: STATICCATALOG_CORPUS is set, so CORPORA ($corpora) is ignored" >&2
  corpus_list="$(basename "$STATICCATALOG_CORPUS") $STATICCATALOG_CORPUS"
else
  for name in $corpora; do
    case "$name" in
      news) path=../shared/corpus/news ;;
      all) path=../shared/corpus ;;
      *) path="$name"; name="$(basename "$name")" ;;
    esac
    corpus_list="$corpus_list$name $path"$'\n'
  done
fi
while read -r name path; do
  [ -n "$name" ] || continue
  [ -d "$path" ] || { echo "error: the corpus $name is not at $path" >&2; exit 1; }
done <<<"$corpus_list"

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

# measure COMMAND...: one run into $out; prints "wall cpu peak_kb pages files folders bytes"
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
pages = files = folders = size = 0
for root, dirs, names in os.walk(sys.argv[2]):
    folders += len(dirs)
    for f in names:
        size += os.path.getsize(os.path.join(root, f))
        files += 1
        pages += f.endswith(".html")
print(f"{wall:.2f} {cpu:.2f} {field('Maximum resident set size (kbytes)')} {pages} {files} {folders} {size}")
PY
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# row TOOL CORPUS SCALE SEEDS: RUNS measurements, then the medians as one line
# "wall cpu peak_kb pages files folders bytes"
row() {
  local tool="$1" seeds="$4" results="$work/$1-$2-$3.txt"
  : >"$results"
  for _ in $(seq "$runs"); do
    case "$tool" in
      staticcatalog) measure "$ours" build --seeds "$seeds" --output "$out" --base-url /bench/ >>"$results" ;;
      *) measure hugo --source "$work/$tool" --destination "$out" --quiet >>"$results" ;;
    esac
  done
  local column line=""
  for column in 1 2 3 4 5 6 7; do line="$line $(cut -d' ' -f$column "$results" | median)"; done
  echo $line
}

# hugo_site TOOL TEMPLATES SEEDS: a Hugo site at $work/TOOL whose content/posts is SEEDS
hugo_site() {
  rm -rf "${work:?}/$1"
  mkdir -p "$work/$1/content"
  cp -r "$2/." "$work/$1/"
  ln -s "$3" "$work/$1/content/posts"
}

seed_walls=""
for _ in $(seq "$runs"); do
  rm -rf "$work/seed-out"
  /usr/bin/time -f "%e" -o "$work/seed.txt" "$ours" build --output "$work/seed-out" >/dev/null 2>&1
  seed_walls="$seed_walls $(cat "$work/seed.txt")"
done
echo "one-post site (seeds/): $(tr ' ' '\n' <<<"$seed_walls" | grep . | median) s wall, median of $runs"
echo "$(hugo version | awk '{ print $1, $2 }'), $(nproc) cores, output under ${BENCH_OUT:-$work}${limit:+, BENCH_LIMIT=$limit posts per corpus}"

header="$(printf '%-13s %-7s %6s %5s %8s %8s %8s %7s %7s %7s %9s %7s %6s %7s' \
  tool corpus posts scale wall_s cpu_s peak_MiB pages files folders output_MB KB/post vs_min vs_real)"
table="$work/table.txt"
: >"$table"
echo "$header" >&2
while read -r name path; do
  [ -n "$name" ] || continue
  for scale in $scales; do
    seeds="$work/seeds-$name-$scale"
    python3 bench/make-corpus.py "$path" "$seeds" "$scale" "$limit"
    posts=$(find "$seeds" -name '*.md' | wc -l)
    hugo_site hugo-minimal bench/hugo "$seeds"
    hugo_site hugo-real bench/hugo-real "$seeds"
    # not in a subshell: a failed build stops the script
    row hugo-minimal "$name" "$scale" "$seeds" >"$work/row.txt"; read -r mwall mrest <"$work/row.txt"
    row hugo-real "$name" "$scale" "$seeds" >"$work/row.txt"; read -r rwall rrest <"$work/row.txt"
    row staticcatalog "$name" "$scale" "$seeds" >"$work/row.txt"; read -r swall srest <"$work/row.txt"
    echo "StaticCatalog's output by kind, $name ${scale}x ($posts posts, last of $runs runs):"
    python3 bench/by-kind.py "$out" "  "
    grep -m1 '^Built ' "$work/build.log" | sed 's/^/  /' || true
    for line in "staticcatalog $swall $srest" "hugo-minimal $mwall $mrest" "hugo-real $rwall $rrest"; do
      read -r tool wall cpu peak pages files folders bytes <<<"$line"
      awk -v t="$tool" -v c="$name" -v n="$posts" -v s="${scale}x" -v w="$wall" -v u="$cpu" -v p="$peak" -v g="$pages" \
        -v f="$files" -v d="$folders" -v b="$bytes" -v m="$mwall" -v r="$rwall" \
        'BEGIN {
           vm = "-"; vr = "-"
           if (t == "staticcatalog") { vm = sprintf("%.2f", w / m); vr = sprintf("%.2f", w / r) }
           printf "%-13s %-7s %6d %5s %8.2f %8.2f %8.0f %7d %7d %7d %9.1f %7.1f %6s %7s\n",
             t, c, n, s, w, u, p / 1024, g, f, d, b / 1e6, b / n / 1e3, vm, vr
         }' | tee -a "$table" >&2
    done
    rm -rf "$seeds" "${work:?}/hugo-minimal" "${work:?}/hugo-real" "$out"
  done
done <<<"$corpus_list"

echo
echo "$header"
cat "$table"
echo "medians of $runs runs each; pages = HTML files; MB = 10^6 bytes, KB = 10^3 bytes; vs_min and vs_real = our wall"
echo "time over hugo-minimal's (bench/hugo) and hugo-real's (bench/hugo-real) on the same posts in this run"
