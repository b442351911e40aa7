package org.newsgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * Submitted with {@code --flinkMaster=HOST:PORT} and no {@code --parallelism}, Beam would run every
 * operator with the client's Flink default of 1, i.e. on one slot of the cluster. {@code flink run}
 * uses the cluster's {@code parallelism.default} instead; so do we, asked from its REST API.
 */
final class FlinkClusterDefaults {
  private FlinkClusterDefaults() {}

  static void apply(FlinkPipelineOptions flink, List<String> args) {
    String master = flink.getFlinkMaster();
    if (args.stream().anyMatch(a -> a.startsWith("--parallelism"))
        || master == null
        || master.isBlank()
        || master.startsWith("[")) { // [local], [auto], [collection]
      return;
    }
    Integer parallelism = clusterParallelism(master);
    if (parallelism != null) {
      flink.setParallelism(parallelism);
    }
  }

  /** The cluster's {@code parallelism.default}, or null if it can't be had (Beam's default then). */
  static Integer clusterParallelism(String master) {
    String base = master.contains("://") ? master : "http://" + master;
    try {
      HttpResponse<String> r =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/jobmanager/config"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return null;
      }
      for (JsonNode entry : new ObjectMapper().readTree(r.body())) {
        if ("parallelism.default".equals(entry.path("key").asText())) {
          int p = Integer.parseInt(entry.path("value").asText().trim());
          return p > 0 ? p : null;
        }
      }
    } catch (Exception e) {
      // unreachable or not a Flink REST API: Beam reports the submission error itself
    }
    return null;
  }
}
