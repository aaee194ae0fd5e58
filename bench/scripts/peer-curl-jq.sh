#!/usr/bin/env bash
# The naive peer of `backlinks raw-backlinks`: a shell loop of curl + jq following `next`.
# Prints every backlink of TARGET as JSONL on stdout.
#
#   peer-curl-jq.sh ENDPOINT API_KEY TARGET MODE LIMIT
#
# One jq per page prints the rows on stdout and the `next` cursor on stderr, which the loop
# captures. Cursors are base64 (+ / =): they are URL-encoded with jq's @uri before being sent.
set -euo pipefail

endpoint=$1 key=$2 target=$3 mode=$4 limit=$5
url="${endpoint}get-raw-backlinks?apikey=${key}&target=${target}&mode=${mode}&limit=${limit}&output=json"
next=""
while :; do
  page_url=$url
  if [ -n "$next" ]; then
    page_url="$url&next=$(jq -rn --arg c "$next" '$c|@uri')"
  fi
  # jq 1.6 writes `stderr` values as JSON (a quoted string); 1.7 writes them raw: strip quotes.
  next=$(curl -sS --fail "$page_url" \
    | jq -c '(.next // "" | stderr | empty), .backlinks[]' 2>&1 >&3)
  next=${next#\"}
  next=${next%\"}
  [ -n "$next" ] || break
done 3>&1
