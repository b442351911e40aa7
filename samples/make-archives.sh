#!/usr/bin/env bash
# Rebuilds the archives in samples/news/ from the plain sources in samples/src/, byte for byte:
# fixed mtimes, sorted entries, no owner names, and gzip -n (no name or time in the header).
# Needs GNU tar, gzip and Info-ZIP zip. Run from anywhere: samples/make-archives.sh
set -euo pipefail
cd "$(dirname "$0")"
export TZ=UTC LC_ALL=C
src=src
out=news
mkdir -p "$out/feeds" "$out/archives"

# Same timestamp and modes on every source file and folder, so the zip's DOS times and the
# stored permissions are fixed too.
find "$src" -type d -exec chmod 755 {} +
find "$src" -type f -exec chmod 644 {} +
find "$src" -exec touch -h -d '2025-10-18 12:00:00' {} +

# 1. JSON Lines, gzipped: 5 records (3 English, 1 cut-off line that is not JSON, 1 French).
gzip -n -9 -c "$src/feeds/wire-2025-10-17.jsonl" > "$out/feeds/wire-2025-10-17.jsonl.gz"

# 2. Zip holding a nested folder with one seed-format text file.
rm -f "$out/archives/bureau-2025-10-17.zip"
(cd "$src" && find bureau -type f | sort | zip -q -X -D -9 -@ "../$out/archives/bureau-2025-10-17.zip")

# 3. tar.gz holding a JSON Lines file (1 new article + 1 exact duplicate of a CSV article).
tar --sort=name --mtime='2025-10-18 12:00:00' --owner=0 --group=0 --numeric-owner \
    --format=ustar -C "$src" -cf - desk | gzip -n -9 > "$out/archives/desk-2025-10-18.tar.gz"

sha256sum "$out/feeds/wire-2025-10-17.jsonl.gz" "$out/archives/bureau-2025-10-17.zip" \
    "$out/archives/desk-2025-10-18.tar.gz"
