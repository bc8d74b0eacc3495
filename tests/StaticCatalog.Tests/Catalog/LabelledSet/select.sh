#!/usr/bin/env bash
# Reproduces the 30-post selection of labels.yml (see README.md). Prints one file name a line,
# in stratum order; skipped over-size posts are reported on stderr.
# Usage: bash select.sh [corpus-dir]   (default /work/shared/corpus/news)
set -euo pipefail
export LC_ALL=C
cd "${1:-/work/shared/corpus/news}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

FIG='[0-9][0-9,.]* ?(Gbps|Mbps|Tbps|Pbps|TB|GB|PB|MB|IOPS|pps|ms|vCPUs?|[KM]? ?tokens)\b|packets per second|[0-9] million|\bSLA\b|99\.9'
ST='public preview|generally available|general availability|retire|deprecat|coming soon'
NET='ExpressRoute|NAT Gateway|Private Link|Azure Firewall|Front Door|Application Gateway|Load Balancer|Virtual WAN|VPN Gateway|Route Server|Virtual Network Manager|DDoS Protection|Azure DNS|Bastion|Traffic Manager|Network Watcher|Web Application Firewall|Azure CDN'
MAX=25000   # bytes; larger posts are skipped (the next file in the list is taken)

ls -- *.md | sort > "$tmp/all"
xargs -d '\n' grep -lE  "$FIG"     < "$tmp/all" | sort > "$tmp/F"   # figure stratum
xargs -d '\n' grep -lE  "$ST"      < "$tmp/all" | sort > "$tmp/S"   # status stratum
xargs -d '\n' grep -LE  "$FIG|$ST" < "$tmp/all" | sort > "$tmp/N"   # neither
: > "$tmp/none"

# pick LIST N EXCLUDE: from LIST minus EXCLUDE (sorted), k = floor(count / N), take 1-based
# positions k, 2k, ..., Nk; an over-size file is replaced by the next one in the list.
pick() {
  grep -vxF -f "$3" "$1" > "$tmp/cand" || true
  local tot k p f
  tot=$(wc -l < "$tmp/cand"); k=$((tot / $2))
  echo "# $(basename "$1"): $tot candidates, k=$k" >&2
  for i in $(seq 1 "$2"); do
    p=$((i * k))
    while :; do
      f=$(sed -n "${p}p" "$tmp/cand")
      if [ "$(wc -c < "$f")" -le $MAX ]; then echo "$f"; break; fi
      echo "# skip $f (over $MAX bytes)" >&2; p=$((p + 1))
    done
  done
}

xargs -d '\n' grep -lE "$NET" < "$tmp/F" | sort > "$tmp/A1"     # A1: all figure posts naming a networking product
pick "$tmp/F" 11 "$tmp/A1" > "$tmp/A2"                          # A2: 11 more figure posts
cat "$tmp/A1" "$tmp/A2" > "$tmp/A"
pick "$tmp/S" 10 "$tmp/A" > "$tmp/B"                            # B: 10 status posts not already chosen
pick "$tmp/N" 5 "$tmp/none" > "$tmp/C"                          # C: 5 posts matching neither
cat "$tmp/A" "$tmp/B" "$tmp/C"
