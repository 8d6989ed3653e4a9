#!/usr/bin/env bash
# An --engine mllib sweep, on a Spark standalone cluster on the loopback, of a CSV file larger than the driver's
# heap: the data is read, checked, cached and clustered by the executor, and the driver (./basin, started with
# -Xmx$DRIVER_HEAP) only ever holds per-partition summaries, centers and per-run records. On demand, not in CI
# (minutes, and a file of about a gigabyte): bash src/bench/spark/larger-than-driver.sh
#
# Settings (environment):
#   ROWS (7000000: about 1.0 GB of CSV with DIMS 8), DIMS (8), K (8), SEEDS (2), MAX_ITER (15: on 2 cores
#   an iteration over 7 million rows takes several seconds, and the point is where the data lives, not convergence)
#   DRIVER_HEAP (512m: about the least a Spark driver starts with, since Spark reserves 300 MB of any JVM's heap
#   and wants 1.5 times that), WORKER_CORES (2), WORKER_MEMORY (4g), EXECUTOR_MEMORY (3g)
#   STEP_TIMEOUT (1800 seconds for each of: generating the data, the sweep)
#   KEEP (set to keep target/larger-than-driver, the data included, for a look afterwards)
# The Master, the Worker and its executor are stopped, and the data removed, when the script ends, failed or not.
set -euo pipefail
cd "$(dirname "$0")/../../.."

rows="${ROWS:-7000000}"
dims="${DIMS:-8}"
k="${K:-8}"
seeds="${SEEDS:-2}"
max_iter="${MAX_ITER:-15}"
driver_heap="${DRIVER_HEAP:-512m}"
worker_cores="${WORKER_CORES:-2}"
worker_memory="${WORKER_MEMORY:-4g}"
executor_memory="${EXECUTOR_MEMORY:-3g}"
step_timeout="${STEP_TIMEOUT:-1800}"
work="target/larger-than-driver"

# shellcheck source=../../../.ci/loopback-cluster.sh
source .ci/loopback-cluster.sh
bounded_pid=""
bounded() { # bounded CMD...: runs CMD under `timeout`, which gives it a process group of its own; finish stops it
  local code=0
  timeout "$step_timeout" "$@" &
  bounded_pid=$!
  wait "$bounded_pid" || code=$?
  bounded_pid=""
  return "$code"
}
finish() {
  [ -z "$bounded_pid" ] || kill -TERM -- "-$bounded_pid" 2>/dev/null || true
  cluster_stop
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
cluster_prepare "$work"
data="$work/blobs.csv"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
bounded ./basin generate blobs --n "$rows" --k "$k" --dims "$dims" --random-state 1 --out "$data" >/dev/null
bytes=$(stat -c %s "$data")
printf 'data: %s, %d rows x %d features + label, %.2f GB of CSV (written in %.0f s)\n' "$data" "$rows" "$dims" \
  "$(awk "BEGIN{print $bytes / 1e9}")" "$(awk "BEGIN{print $(date +%s.%N) - $start}")"

cluster_start_master
cluster_start_worker "$worker_cores" "$worker_memory"
echo "cluster: $master_url, one worker with $worker_cores cores and $worker_memory, executor memory $executor_memory"

driver_opts="-Xmx$driver_heap -XX:+UseSerialGC $(cluster_driver_opts) -Dspark.executor.memory=$executor_memory"
echo "sweep: $seeds seeds of k-means|| with --max-iter $max_iter"
echo "driver: ./basin with BASIN_JAVA_OPTS=\"$driver_opts\""
BASIN_JAVA_OPTS="$driver_opts" bounded /usr/bin/time -f '%e %M' -o "$work/driver.time" \
  ./basin sweep "$PWD/$data" -k "$k" --seeds "$seeds" --max-iter "$max_iter" --init 'k-means||' --label-column cluster \
  --engine mllib --master "$master_url" --out "$work/sweep" -q
read -r wall peak_kb <"$work/driver.time"

python3 - "$work/sweep" "$seeds" "$bytes" "$driver_heap" "$wall" "$peak_kb" <<'PY'
import csv, json, re, sys
out, seeds, size, heap, wall, peak_kb = sys.argv[1:]
with open(f"{out}/runs.csv", newline="") as f:
    runs = list(csv.DictReader(f))
if len(runs) != int(seeds):
    sys.exit(f"larger-than-driver: expected {seeds} runs in runs.csv, found {len(runs)}")
units = {"k": 2**10, "m": 2**20, "g": 2**30}
heap_bytes = int(heap[:-1]) * units[heap[-1].lower()] if heap[-1].isalpha() else int(heap)
if int(size) <= heap_bytes:
    sys.exit(f"larger-than-driver: the data ({int(size)} bytes) is not larger than the driver's heap ({heap})")
summary = json.load(open(f"{out}/summary.json"))
print(f"sweep: {len(runs)} fits in {float(wall):.0f} s (wall, driver start to finish); driver peak RSS "
      f"{int(peak_kb) / 1024:.0f} MiB with -Xmx{heap}; data {int(size) / 2**20:.0f} MiB")
for run in runs:
    print(f"  seed {run['seed']}: inertia {float(run['inertia']):.6g}, {run['n_iter']} iterations"
          f" ({run['stop_reason']}), ARI to the true blobs {float(run['ari_to_labels']):.4f}, {float(run['seconds']):.0f} s")
print(f"  basins: {len({run['basin'] for run in runs})}; best inertia {summary['best']['inertia']:.6g}")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
