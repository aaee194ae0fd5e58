#!/usr/bin/env bash
# The floor under `backlinks raw-backlinks`: the same pages fetched by curl and thrown away, so
# what it costs is the sandbox's own work plus the transfer. Each page goes to a file in memory
# (/dev/shm when there is one) only so the `next` cursor, the body's last member, can be read from
# its tail; nothing else of it is parsed, and the cursor is URL-encoded by bash itself: a jq per
# page (as the peer does) costs ~30 ms, a third of the server's time per page. Prints nothing.
#
#   floor-curl.sh ENDPOINT API_KEY TARGET MODE LIMIT
set -euo pipefail

endpoint=$1 key=$2 target=$3 mode=$4 limit=$5
url="${endpoint}get-raw-backlinks?apikey=${key}&target=${target}&mode=${mode}&limit=${limit}&output=json"
page=$(mktemp -p "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
trap 'rm -f "$page"' EXIT
# Percent-encodes everything but RFC 3986's unreserved characters (cursors are ASCII base64).
uri() {
  local s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [A-Za-z0-9._~-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}
next=""
while :; do
  page_url=$url
  if [ -n "$next" ]; then
    page_url="$url&next=$(uri "$next")"
  fi
  curl -sS --fail -o "$page" "$page_url"
  next=$(tail -c 512 "$page" | sed -n 's/.*"next": *"\([^"]*\)".*/\1/p')
  [ -n "$next" ] || break
done
