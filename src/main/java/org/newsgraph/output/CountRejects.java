package org.newsgraph.output;

import java.util.regex.Pattern;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsgraph.io.Reject;

/**
 * Counts every reject once, in total and by reason, for the run summary. Reasons carry details
 * (offsets, ids); the summary groups them by a short key such as {@code language=fr},
 * {@code duplicate} or {@code read: truncated gzip}.
 */
public final class CountRejects extends PTransform<PCollection<Reject>, PCollection<Reject>> {
  public static final String REASON_NAMESPACE = "newsgraph.rejects";
  private static final Pattern NUMBERS = Pattern.compile("\\d+");

  @Override
  public PCollection<Reject> expand(PCollection<Reject> rejects) {
    return rejects.apply(ParDo.of(new CountFn())).setCoder(rejects.getCoder());
  }

  static final class CountFn extends DoFn<Reject, Reject> {
    @ProcessElement
    public void process(@Element Reject r, OutputReceiver<Reject> out) {
      Metrics.counter("newsgraph", "rejected").inc();
      Metrics.counter(REASON_NAMESPACE, reasonKey(r)).inc();
      out.output(r);
    }
  }

  public static String reasonKey(Reject r) {
    if (r.reason.startsWith("language=")) {
      return r.reason;
    }
    if (r.reason.startsWith("duplicate of")) {
      return "duplicate";
    }
    String reason = r.reason;
    // details (a file name, an offset, the parser's message) come after ':', '(' or a quote
    for (char c : new char[] {':', '(', '\''}) {
      int at = reason.indexOf(c);
      if (at > 0) {
        reason = reason.substring(0, at);
      }
    }
    return r.stage + ": " + NUMBERS.matcher(reason.trim()).replaceAll("N");
  }
}
