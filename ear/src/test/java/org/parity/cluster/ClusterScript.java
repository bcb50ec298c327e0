package org.parity.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ear/src/test/cluster/cluster.sh, run for the cluster check and the scale-out benchmark: the
 * nodes' settings are the script's and the ones given here, never what the build set for other
 * tests. The {@code cluster} and {@code benchmark-cluster} profiles name the script and the build's
 * target folder ({@code cluster.script}, {@code cluster.target}).
 */
public final class ClusterScript {

  private final Map<String, String> settings;

  /**
   * @param settings variables for the script: the administrator the nodes create ({@code
   *     PARITY_ADMIN_EMAIL}, {@code PARITY_ADMIN_PASSWORD}), their mail server ({@code
   *     PARITY_SMTP_PORT}) and any of the script's own
   */
  public ClusterScript(Map<String, String> settings) {
    this.settings = Map.copyOf(settings);
  }

  /** {@code cluster.sh ACTION TARGET ARGUMENTS…}; fails unless it succeeds within ten minutes. */
  public void run(String action, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("cluster.script"));
    command.add(action);
    command.add(Path.of(System.getProperty("cluster.target")).toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().keySet().removeIf(name -> name.startsWith("PARITY_"));
    builder.environment().putAll(settings);
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "cluster.sh " + action + " " + String.join(" ", arguments) + " failed");
    }
  }
}
