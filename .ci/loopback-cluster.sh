# A real Spark standalone cluster on the loopback, for scripts to source (.ci/spark-cluster, and the on-demand
# src/bench/spark/larger-than-driver.sh): a Master and Workers as separate JVMs on 127.0.0.1, started from
# Maven's Spark artifacts laid out as a SPARK_HOME (jars/ holds the resolved class path). The caller runs from the
# repository's root with `set -euo pipefail`, then:
#   trap cluster_stop EXIT       (or a function of the caller's that calls it): everything started here is
#                                stopped when the script ends, failed or not
#   cluster_prepare DIR          builds target/basin.jar if needed, lays out DIR/spark-home, sets cluster_jdk,
#                                cluster_log, cluster_opens (the JVM options Spark needs) and exports SPARK_HOME
#   cluster_start_master         starts the Master; sets master_url=spark://127.0.0.1:PORT
#   cluster_start_worker C M     starts a Worker with C cores and M memory (e.g. 2g) and waits until it registers
#   cluster_driver_opts          the -D options a driver on this machine needs to be reached by the executors
# Callers wrap their own steps in `timeout`.

cluster_pids=()

cluster_stop() { # stops every JVM started here, with its children (executors), by process group
  local pid
  for pid in "${cluster_pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  [ "${#cluster_pids[@]}" -eq 0 ] || sleep 2
  for pid in "${cluster_pids[@]}"; do
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  cluster_pids=()
}

cluster_prepare() {
  local work="$1"
  local home="$work/spark-home"
  rm -rf "$work"
  mkdir -p "$home/jars" "$home/work" "$work/logs"

  cluster_jdk=/usr/lib/jvm/temurin-25-jdk-amd64
  [ -x "$cluster_jdk/bin/java" ] || cluster_jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME="$cluster_jdk"
  cluster_log="$work/logs"

  ./basin --version >/dev/null   # builds target/basin.jar if needed
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/spark.classpath"
  # Spark's daemons log through log4j, so Basin's no-op SLF4J provider stays out of their class path
  tr ':' '\n' <"$work/spark.classpath" | grep -v '/slf4j-nop-' | while read -r jar; do ln -s "$jar" "$home/jars/"; done
  touch "$home/RELEASE"   # tells Spark's launcher that jars/ is the distribution's class path
  export SPARK_HOME="$PWD/$home"
  export SPARK_LOCAL_IP=127.0.0.1
  export SPARK_SCALA_VERSION=2.13   # else the worker looks for a source build to learn it
  export SPARK_LOG_DIR="$PWD/$cluster_log"
  # the JVM options Spark needs on Java 17+ (the launcher's list; executors get Spark's own)
  cluster_opens="$(sed -n 's/^spark_jvm_options="\(.*\)"$/\1/p' basin | tr ' ' '\n' | grep -v '^-Dslf4j' | tr '\n' ' ')"
}

cluster_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cluster_start() { # cluster_start NAME CLASS ARGS...: a JVM in its own process group, so it and its children stop together
  local name="$1"; shift
  # shellcheck disable=SC2086
  setsid "$cluster_jdk/bin/java" -Xmx512m $cluster_opens -cp "$SPARK_HOME/jars/*" "$@" >"$cluster_log/$name.log" 2>&1 &
  cluster_pids+=("$!")
}

cluster_await() { # cluster_await NAME TEXT WHAT: waits up to 60 s for TEXT in NAME's log, else fails saying WHAT
  local _
  for _ in $(seq 1 60); do
    grep -q "$2" "$cluster_log/$1.log" 2>/dev/null && return 0
    sleep 1
  done
  echo "$3" >&2
  cat "$cluster_log/$1.log" >&2
  return 1
}

cluster_start_master() {
  local port
  port="$(cluster_free_port)"
  master_url="spark://127.0.0.1:$port"
  cluster_start master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port "$(cluster_free_port)"
  cluster_await master "I have been elected leader" "the Spark master did not start; its log:"
}

cluster_start_worker() {
  cluster_start worker org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$1" --memory "$2" \
    --work-dir "$SPARK_HOME/work" --webui-port "$(cluster_free_port)" "$master_url"
  cluster_await worker "Successfully registered with master" "the Spark worker did not register; its log:"
}

cluster_driver_opts() {
  echo "-Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1"
}
