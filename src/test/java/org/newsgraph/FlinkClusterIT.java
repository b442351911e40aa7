package org.newsgraph;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A real standalone Flink 1.19 session cluster, started with {@code pipelines/flink-cluster.sh};
 * the shaded jar submits the job to it from the client, as a user would, and the tables match a
 * DirectRunner run. The cluster is stopped whatever happens.
 */
public class FlinkClusterIT {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  static final String REST = "http://localhost:8081";
  static final File SCRIPT = new File("pipelines/flink-cluster.sh");
  static final File JAR = new File("target/newsgraph.jar");
  /** The cluster's own folder, so the test never touches a cluster a user started. */
  static final File HOME = new File("target/flink-it").getAbsoluteFile();

  static final Thread STOP_ON_EXIT = new Thread(FlinkClusterIT::stopQuietly);

  @BeforeClass
  public static void startTheCluster() throws Exception {
    assertTrue("build the jar first (mvn -Pflink-it verify runs this after package)", JAR.isFile());
    Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT); // even if the test JVM is killed
    Result start = script("start", 240);
    assertEquals("flink-cluster.sh start:\n" + start.output, 0, start.exit);
  }

  @AfterClass
  public static void stopTheCluster() throws Exception {
    Result stop = script("stop", 120);
    Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
    assertEquals("flink-cluster.sh stop:\n" + stop.output, 0, stop.exit);
  }

  @Test
  public void theJarSubmittedToTheClusterGivesTheDirectRunnersRows() throws Exception {
    Set<String> before = finishedJobs();
    String direct = new File(TMP.getRoot(), "direct").getPath();
    String cluster = new File(TMP.getRoot(), "cluster").getPath();

    Result run =
        run(
            List.of(
                javaBin(), "-jar", JAR.getPath(), "--runner=FlinkRunner", "--flinkMaster=localhost:8081",
                "--input=" + FlinkSameRows.SAMPLE, "--output=" + cluster,
                "--progress=false"),
            null,
            300);
    assertEquals("the job on the cluster:\n" + run.output, 0, run.exit);

    Set<String> finished = finishedJobs();
    finished.removeAll(before);
    assertEquals("one new FINISHED job in " + REST + "/jobs/overview", 1, finished.size());
    // no --parallelism: the cluster's parallelism.default (2), on every operator, not one slot
    JsonNode job = get("/jobs/" + finished.iterator().next());
    for (JsonNode vertex : job.get("vertices")) {
      assertEquals(vertex.get("name").asText(), 2, vertex.get("parallelism").asInt());
    }

    FlinkSameRows.directRun(direct);
    FlinkSameRows.assertSameRows(direct, cluster);
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(REST + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(r.body(), 200, r.statusCode());
    return new ObjectMapper().readTree(r.body());
  }

  static Set<String> finishedJobs() throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode job : get("/jobs/overview").get("jobs")) {
      if (job.get("state").asText().equals("FINISHED")) {
        ids.add(job.get("jid").asText());
      }
    }
    return ids;
  }

  record Result(int exit, String output) {}

  static Result script(String command, int seconds) throws Exception {
    return run(List.of("bash", SCRIPT.getPath(), command), HOME, seconds);
  }

  static Result run(List<String> command, File flinkHome, int seconds) throws Exception {
    File log = Files.createTempFile("flink-it", ".log").toFile();
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log);
    if (flinkHome != null) {
      pb.environment().put("NEWSGRAPH_FLINK_HOME", flinkHome.getPath());
    }
    Process p = pb.start();
    boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
    Files.delete(log.toPath());
    return new Result(ended ? p.exitValue() : -1, ended ? output : output + "\n(timed out after " + seconds + " s)");
  }

  static void stopQuietly() {
    try {
      script("stop", 120);
    } catch (Exception e) {
      // best effort on JVM exit
    }
  }

  static String javaBin() {
    return new File(System.getProperty("java.home"), "bin/java").getPath();
  }
}
