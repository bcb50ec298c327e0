package org.parity.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parity's server as an operator runs it (the build's configured WildFly with the EAR in its
 * deployments folder, from a base folder of its own), which a test can start, kill with SIGKILL and
 * start again on the same database.
 */
public final class ParityServer {

  private final Path home;
  private final Path base;
  private final int portOffset;
  private final List<String> options;
  private final String heap;
  private Process process;

  /**
   * @param portOffset added to every port (8080 and the rest), to stay clear of other servers
   * @param heap the JVM's sizing options (WildFly's JBOSS_JAVA_SIZING)
   * @param options further system properties for the server, such as its data folder
   */
  public ParityServer(Path home, Path base, int portOffset, String heap, List<String> options) {
    this.home = home;
    this.base = base;
    this.portOffset = portOffset;
    this.heap = heap;
    this.options = List.copyOf(options);
  }

  public URL url() {
    try {
      return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh base folder: the configured server's configuration and the EAR the build made. */
  public void prepare(Path ear) throws IOException {
    Path configuration = base.resolve("configuration");
    Files.createDirectories(base.resolve("deployments"));
    try (Stream<Path> files = Files.walk(home.resolve("standalone/configuration"))) {
      for (Path source : files.toList()) {
        Path target =
            configuration.resolve(home.resolve("standalone/configuration").relativize(source));
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.copy(ear, base.resolve("deployments/parity.ear"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Starts the server and waits until Parity answers its health check. */
  public void start() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + base);
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JBOSS_JAVA_SIZING", heap);
    process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(new File(base.toFile(), "console.log")))
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped while starting: see " + base);
      }
      if (Files.exists(base.resolve("deployments/parity.ear.failed"))) {
        throw new IllegalStateException(
            "Parity did not deploy: "
                + Files.readString(base.resolve("deployments/parity.ear.failed"))
                + "\nSee "
                + base.resolve("log/server.log"));
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(url().toURI().resolve("api/v1/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Parity was not ready within 3 minutes: see " + base);
  }

  /** SIGKILL to the server's JVM (and its start script): no shutdown hook, no flush. */
  public void kill() throws Exception {
    java.util.List<ProcessHandle> jvm = process.descendants().toList();
    jvm.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
    for (ProcessHandle handle : jvm) {
      handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /** A clean stop at the end of the test. */
  public void stop() throws Exception {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }
}
