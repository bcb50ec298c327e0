package org.parity.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Parity, started once for every browser test of a run and stopped after the last: the EAR as
 * it ships, in the build's WildFly, on the integration tests' data folder and database. Deploying
 * the whole product for each test class cost about twelve seconds a class, twice in CI.
 */
public final class SharedParity implements BeforeAllCallback {

  private static final ExtensionContext.Namespace SHARED =
      ExtensionContext.Namespace.create(SharedParity.class);

  /** The ports as the run command's (8080): the Arquillian tests' server has stopped by then. */
  private static final int PORT_OFFSET = 0;

  private static volatile URL url;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(SHARED)
        .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
  }

  /** Where the shared server answers; set before any test of a class that uses it. */
  public static URL url() {
    if (url == null) {
      throw new IllegalStateException("Parity is not running: extend the test with SharedParity");
    }
    return url;
  }

  /**
   * A management client of the shared server (WildFly's local sign-in, as for Arquillian), for a
   * test that changes the server's settings while it runs; the caller closes it.
   */
  public static ModelControllerClient management() throws UnknownHostException {
    return ModelControllerClient.Factory.create("remote+http", url().getHost(), 9990 + PORT_OFFSET);
  }

  /** The running server, which JUnit closes (stops) when the whole run ends. */
  private record Running(ParityServer server) implements AutoCloseable {

    static Running start() {
      Path ear = Path.of(System.getProperty("parity.ear"));
      Path base = ear.resolveSibling("browser-server");
      ParityServer server =
          new ParityServer(
              Path.of(System.getProperty("jboss.home")),
              base,
              PORT_OFFSET,
              ("-Xms256m -Xmx1g " + System.getProperty("it.jvm.args", "")).strip(),
              List.of("-Djboss.server.data.dir=" + System.getProperty("it.data.dir")));
      try {
        deleteAll(base);
        server.prepare(ear);
        server.start();
      } catch (Exception e) {
        try {
          server.stop();
        } catch (Exception ignored) {
          // Already reporting why it did not start.
        }
        throw new IllegalStateException("Parity did not start for the browser tests", e);
      }
      url = server.url();
      return new Running(server);
    }

    @Override
    public void close() throws Exception {
      server.stop();
    }

    private static void deleteAll(Path folder) throws IOException {
      if (!Files.exists(folder)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(folder)) {
        paths
            .sorted(Comparator.reverseOrder())
            .forEach(
                path -> {
                  try {
                    Files.delete(path);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
  }
}
