#!/bin/bash
# Issue 5's acceptance run, by hand (not part of `npm test`): enqueue a folder of scans, start two
# workers, SIGKILL one mid-run and start a fresh one, wait until all documents are done, report
# Redis memory, SIGTERM the survivors, then check the manifest and compare with `hoso run`.
#
#   tests/queue/scale-out.sh <folder of scans> <work dir> [hoso command]
#
# Example: npm run build && npx tsx src/samples/generate.ts --out /tmp/so/in --count 10 --seed 600 --max-pages 3
#          tests/queue/scale-out.sh /tmp/so/in /tmp/so
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
IN=$(realpath "$1"); WORK=$2; H=${3:-"nice node $ROOT/dist/src/cli/index.js"}
P=hoso-scale-out
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
mkdir -p "$WORK" && cd "$WORK" || exit 2
redis-cli -u "$REDIS_URL" --scan --pattern "$P:*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
rm -rf out ran ./*.log
completed() { $H status --queue-prefix $P --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["completed"])'; }
used() { redis-cli -u "$REDIS_URL" info memory | grep '^used_memory:' | cut -d: -f2 | tr -d '\r'; }

before=$(used)
$H enqueue "$IN" --out out --queue-prefix $P || exit $?
total=$($H status --queue-prefix $P --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["waiting"])')
$H worker --queue-prefix $P -c 1 2>a.log & A=$!
$H worker --queue-prefix $P -c 1 2>b.log & B=$!
until [ "$(completed)" -ge 2 ]; do sleep 2; done
$H status --queue-prefix $P
kill -KILL $A; echo "SIGKILL worker A ($A) at $(date +%T)"
$H worker --queue-prefix $P -c 1 2>c.log & C=$!
until [ "$(completed)" -ge "$total" ]; do sleep 3; done
$H status --queue-prefix $P

keys=0; bytes=0
for k in $(redis-cli -u "$REDIS_URL" --scan --pattern "$P:*"); do
  bytes=$((bytes + $(redis-cli -u "$REDIS_URL" memory usage "$k"))); keys=$((keys + 1))
done
echo "Redis: $keys keys, $bytes bytes by MEMORY USAGE; used_memory grew by $(( $(used) - before )) bytes"

t0=$(date +%s%N); kill -TERM $B $C
wait $B; echo "worker B exit $?"; wait $C; echo "worker C exit $?"
echo "stopped in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
python3 - <<'PY'
import json, collections
records = [json.loads(line) for line in open('out/manifest.jsonl')]
print(len(records), 'manifest records', dict(collections.Counter(r['status'] for r in records)), len({r['id'] for r in records}), 'distinct ids')
PY
$H run "$IN" --out ran -c 1 -q
same=0; for f in out/doc-*.json; do cmp -s "$f" "ran/$(basename "$f")" && same=$((same + 1)) || echo "differs: $f"; done
echo "byte-identical to hoso run: $same of $(ls out/doc-*.json | wc -l)"
redis-cli -u "$REDIS_URL" --scan --pattern "$P:*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
