package org.newsgraph;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The job on an embedded Flink ({@code --flinkMaster=[local]}) gives the DirectRunner's rows. */
public class FlinkEmbeddedIT {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  @Test
  public void embeddedFlinkGivesTheDirectRunnersRows() throws Exception {
    String direct = new File(TMP.getRoot(), "direct").getPath();
    String flink = new File(TMP.getRoot(), "flink").getPath();
    FlinkSameRows.directRun(direct);

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream console = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    int exit =
        Main.run(
            new String[] {
              "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
              "--input=" + FlinkSameRows.SAMPLE, "--output=" + flink, "--progress=false"
            },
            console,
            console);
    assertEquals(buffer.toString(StandardCharsets.UTF_8), 0, exit);
    FlinkSameRows.assertSameRows(direct, flink);
  }
}
