#!/usr/bin/env bash
# Native-AOT size of the library doing real work, against a hand-written HttpClient app doing the same work
# (N prediction creates + N chat streams over the canned in-memory handler), both published in this run with the
# same settings (benchmarks/AotSize/AotSize.props). Not a test: prints both sizes and the ratio.
# Usage: benchmarks/aot-size.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

publish() {
  dotnet publish "$root/benchmarks/AotSize/$1" -c Release -r linux-x64 -o "$work/$1" >"$work/$1.log" || { cat "$work/$1.log"; exit 1; }
  # A size is only meaningful for a binary that does the work: run it once.
  "$work/$1/AotSize.$1" 2 >&2
}

publish HandWritten
publish HandWrittenWithSockets
publish Library

handwritten=$(stat -c %s "$work/HandWritten/AotSize.HandWritten")
sockets=$(stat -c %s "$work/HandWrittenWithSockets/AotSize.HandWrittenWithSockets")
library=$(stat -c %s "$work/Library/AotSize.Library")
awk -v h="$handwritten" -v s="$sockets" -v l="$library" 'BEGIN {
  printf "| app | bytes | MiB |\n|---|--:|--:|\n"
  printf "| hand-written (HttpClient + SseParser + own JSON context) | %d | %.2f |\n", h, h / 1048576
  printf "| hand-written + the SocketsHttpHandler production code sends through | %d | %.2f |\n", s, s / 1048576
  printf "| library (SkytellsClient, its own SocketsHttpHandler included) | %d | %.2f |\n", l, l / 1048576
  printf "\nratio library / hand-written: %.2fx (+%.2f MiB)\n", l / h, (l - h) / 1048576
  printf "ratio library / hand-written with the network stack: %.2fx (+%.2f MiB)\n", l / s, (l - s) / 1048576
}'
