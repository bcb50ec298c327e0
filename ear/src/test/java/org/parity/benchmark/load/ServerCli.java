package org.parity.benchmark.load;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Asks the server through its management CLI ({@code jboss-cli.sh}, run locally, so it needs no
 * password) for what only the server knows: the sessions Parity's web module has created, and the
 * heap left after a full collection. Answers are read as JSON ({@code --output-json}).
 */
final class ServerCli {

  private static final String WEB = "/deployment=parity.ear/subdeployment=parity-web.war";
  private static final String MEMORY = "/core-service=platform-mbean/type=memory";

  private final Path jbossHome;

  ServerCli(Path jbossHome) {
    this.jbossHome = jbossHome;
  }

  /**
   * The web module's live sessions. Its {@code sessions-created} counter stays at 0 unless
   * Undertow's statistics are on, so runs count sessions by how much this grows (none expires
   * within a run).
   */
  long activeSessions() throws IOException, InterruptedException {
    return number(run(WEB + "/subsystem=undertow:read-attribute(name=active-sessions)"));
  }

  /** Heap in use, in bytes, after a full collection: what the server holds on to. */
  long heapAfterFullGc() throws IOException, InterruptedException {
    run(MEMORY + ":gc");
    JsonValue usage = run(MEMORY + ":read-attribute(name=heap-memory-usage)");
    return number(usage.asJsonObject().get("used"));
  }

  private JsonValue run(String operation) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            jbossHome.resolve("bin/jboss-cli.sh").toString(),
            "-c",
            "--output-json",
            "--command=" + operation);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JBOSS_HOME", jbossHome.toString());
    Process cli = builder.start();
    String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (cli.waitFor() != 0) {
      throw new IllegalStateException("jboss-cli " + operation + " failed:\n" + output);
    }
    // Anything the CLI says before or after the answer (a JVM warning, say) is not JSON.
    int start = output.indexOf('{');
    int end = output.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new IllegalStateException("jboss-cli " + operation + " gave no answer:\n" + output);
    }
    JsonObject answer;
    try (var reader = Json.createReader(new StringReader(output.substring(start, end + 1)))) {
      answer = reader.readObject();
    }
    if (!"success".equals(answer.getString("outcome", ""))) {
      throw new IllegalStateException("jboss-cli " + operation + " refused:\n" + output);
    }
    return answer.getOrDefault("result", JsonValue.NULL);
  }

  /** The CLI writes longs as JSON numbers, but a number may come quoted; either will do. */
  private static long number(JsonValue value) {
    if (value instanceof JsonNumber n) {
      return n.longValue();
    }
    if (value instanceof JsonString s) {
      return Long.parseLong(s.getString().replaceAll("L$", ""));
    }
    throw new IllegalStateException("Not a number: " + value);
  }
}
