package dev.basin.spark;

import dev.basin.analysis.Sweep;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a sweep's progress on the driver as its Spark tasks finish: each finished task adds its runs. A task
 * that is run twice (a retry, or a speculative copy) counts once.
 */
final class TaskProgress extends SparkListener {
    private final String jobGroup;
    private final int[] runsPerTask;
    private final int total;
    private final Sweep.Progress progress;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final BitSet finished = new BitSet();
    private int done;

    TaskProgress(String jobGroup, List<int[]> tasks, int total, Sweep.Progress progress) {
        this.jobGroup = jobGroup;
        this.runsPerTask = tasks.stream().mapToInt(t -> t.length).toArray();
        this.total = total;
        this.progress = progress;
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        if (jobStart.properties() != null && jobGroup.equals(jobStart.properties().getProperty("spark.jobGroup.id"))) {
            scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageIds())
                    .forEach(stage -> stages.add((Integer) stage));
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (!stages.contains(taskEnd.stageId()) || taskEnd.reason() != Success$.MODULE$) {
            return;
        }
        int task = taskEnd.taskInfo().partitionId();
        int now;
        synchronized (this) {
            if (task < 0 || task >= runsPerTask.length || finished.get(task)) {
                return;
            }
            finished.set(task);
            done += runsPerTask[task];
            now = done;
        }
        if (now < total) {
            progress.runFinished(now, total);
        }
    }
}
