#!/usr/bin/env bash
# The floor under `backlinks raw-backlinks`: the same pages fetched by curl and thrown away, so
# what it costs is the sandbox's own work plus the transfer. Each page goes to a file in memory
# (/dev/shm when there is one) only so the `next` cursor, the body's last member, can be read from
# its tail; nothing else of it is parsed. Prints nothing.
#
#   floor-curl.sh ENDPOINT API_KEY TARGET MODE LIMIT
set -euo pipefail

endpoint=$1 key=$2 target=$3 mode=$4 limit=$5
url="${endpoint}get-raw-backlinks?apikey=${key}&target=${target}&mode=${mode}&limit=${limit}&output=json"
page=$(mktemp -p "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
trap 'rm -f "$page"' EXIT
next=""
while :; do
  page_url=$url
  if [ -n "$next" ]; then
    page_url="$url&next=$(jq -rn --arg c "$next" '$c|@uri')"
  fi
  curl -sS --fail -o "$page" "$page_url"
  next=$(tail -c 512 "$page" | sed -n 's/.*"next": *"\([^"]*\)".*/\1/p')
  [ -n "$next" ] || break
done
