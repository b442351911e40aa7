package org.newsgraph;

import java.io.PrintStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** One console line, rewritten in place, while the job runs: files, articles, articles/s. */
final class Progress {
  private final PrintStream console;
  private final long files;
  private final long started;
  private final boolean enabled;
  private boolean shown;

  Progress(PrintStream console, long files, long started, boolean enabled) {
    this.console = console;
    this.files = files;
    this.started = started;
    this.enabled = enabled;
  }

  void show(PipelineResult result) {
    if (!enabled) {
      return;
    }
    long filesRead = 0;
    long records = 0;
    long articles = 0;
    try {
      MetricQueryResults m =
          result.metrics()
              .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace("newsgraph")).build());
      for (MetricResult<Long> c : m.getCounters()) {
        long v = c.getAttempted();
        switch (c.getName().getName()) {
          case "files_read" -> filesRead += v;
          case "records_read" -> records += v;
          case "articles_accepted" -> articles += v;
          default -> { }
        }
      }
    } catch (RuntimeException e) {
      return; // some runners have no metrics until the end: stay quiet
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    console.printf(
        "\rnewsgraph: files %d/%d · records %d · articles %d · %.1f articles/s   ",
        filesRead, files, records, articles, seconds > 0 ? articles / seconds : 0);
    console.flush();
    shown = true;
  }

  void done() {
    if (shown) {
      console.println();
    }
  }
}
