package org.newsgraph.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * What a run did, from the job's counters: records read, articles accepted, rejects by reason,
 * mentions, actors, pairs and time. {@code records_read = articles_accepted + rejected} always;
 * {@link #balanced()} checks it.
 */
public final class RunSummary {
  public final long inputsMatched;
  public final long filesRead;
  public final long recordsRead;
  public final long articlesAccepted;
  public final long rejected;
  public final Map<String, Long> rejectedByReason;
  /** Thread seconds per stage ({@link StageTimes}). */
  public final Map<String, Double> stageSeconds;
  public final long mentions;
  public final long tokens;
  public final long actors;
  public final long pairs;
  public final double seconds;
  public final String output;

  private RunSummary(
      long inputsMatched,
      Map<String, Long> counters,
      Map<String, Long> reasons,
      Map<String, Double> stageSeconds,
      double seconds,
      String output) {
    this.inputsMatched = inputsMatched;
    this.filesRead = counters.getOrDefault("files_read", 0L);
    this.recordsRead = counters.getOrDefault("records_read", 0L);
    this.articlesAccepted = counters.getOrDefault("articles_accepted", 0L);
    this.rejected = counters.getOrDefault("rejected", 0L);
    this.rejectedByReason = reasons;
    this.stageSeconds = stageSeconds;
    this.mentions = counters.getOrDefault("mentions", 0L);
    this.tokens = counters.getOrDefault("tokens", 0L);
    this.actors = counters.getOrDefault("actors", 0L);
    this.pairs = counters.getOrDefault("pairs", 0L);
    this.seconds = seconds;
    this.output = output;
  }

  /** Counters of a run (finished or running: then they are the attempts so far). */
  public static RunSummary of(PipelineResult result, long inputsMatched, double seconds, String output) {
    Map<String, Long> counters = new TreeMap<>();
    Map<String, Long> reasons = new TreeMap<>();
    Map<String, Double> stages = new LinkedHashMap<>();
    for (String stage :
        new String[] {StageTimes.READ, StageTimes.NLP, StageTimes.ACTORS, StageTimes.AGGREGATE, StageTimes.WRITE}) {
      stages.put(stage, 0.0);
    }
    Map<String, Long> nanos = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      String namespace = c.getName().getNamespace();
      if (namespace.equals("newsgraph")) {
        counters.merge(c.getName().getName(), value(c), Long::sum);
      } else if (namespace.equals(CountRejects.REASON_NAMESPACE)) {
        reasons.merge(c.getName().getName(), value(c), Long::sum);
      } else if (namespace.equals(StageTimes.NAMESPACE)) {
        nanos.merge(c.getName().getName(), value(c), Long::sum);
      }
    }
    nanos.forEach((stage, n) -> stages.put(stage, Math.round(n / 1e6) / 1e3));
    return new RunSummary(inputsMatched, counters, reasons, stages, seconds, output);
  }

  private static long value(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException e) {
      return c.getAttempted(); // runners without committed metrics
    }
  }

  public boolean balanced() {
    return recordsRead == articlesAccepted + rejected;
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inputs_matched", inputsMatched);
    m.put("files_read", filesRead);
    m.put("records_read", recordsRead);
    m.put("articles_accepted", articlesAccepted);
    m.put("rejected", rejected);
    m.put("rejected_by_reason", rejectedByReason);
    m.put("mentions", mentions);
    m.put("tokens", tokens);
    m.put("actors", actors);
    m.put("pairs", pairs);
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    m.put("articles_per_second", seconds > 0 ? Math.round(articlesAccepted / seconds * 10) / 10.0 : 0);
    m.put("stage_seconds", stageSeconds);
    m.put("balanced", balanced());
    m.put("output", output);
    return m;
  }

  public void writeTo(String outputDir) throws IOException {
    String dir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
    try (WritableByteChannel channel =
            FileSystems.create(FileSystems.matchNewResource(dir + Tables.SUMMARY, false), MimeTypes.TEXT);
        OutputStream out = Channels.newOutputStream(channel)) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, asMap());
    }
  }

  /** The few lines the console ends with. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(
        "newsgraph: %d files, %d records read = %d articles accepted + %d rejected%s%n",
        inputsMatched, recordsRead, articlesAccepted, rejected, balanced() ? "" : "  (DOES NOT ADD UP)"));
    rejectedByReason.forEach((reason, n) -> b.append(String.format("  rejected %-40s %d%n", reason, n)));
    b.append(String.format(
        "  %d mentions of %d actors, %d co-mentioned pairs, %d tokens, in %.1f s (%.1f articles/s)%n",
        mentions, actors, pairs, tokens, seconds, seconds > 0 ? articlesAccepted / seconds : 0));
    b.append(String.format("  tables: %s/{articles,mentions,actor_daily,comention_daily,rejects}, %s/%s%n",
        output, output, Tables.SUMMARY));
    return b.toString();
  }
}
