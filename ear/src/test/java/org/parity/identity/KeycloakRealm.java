package org.parity.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenID provider for the tests: Keycloak (unpacked by the build into target/keycloak) on
 * 127.0.0.1:18180, with the realm the tests ship (src/test/keycloak: a confidential client "parity"
 * requiring PKCE, and North Trust's people; tests add more through {@link #newPerson}). Started
 * before the test class and stopped after it; one already answering there (a developer's, with the
 * same bootstrap administrator) is used as it is.
 */
public class KeycloakRealm implements BeforeAllCallback, AfterAllCallback {

  private static final String BASE = "http://127.0.0.1:18180";
  public static final String ISSUER = BASE + "/realms/parity-test";
  private static final String ADMIN_PASSWORD = "keycloak-test-admin";
  public static final String PASSWORD = "North-Trust-Passphrase-2026";

  // The first start builds Keycloak's Quarkus application (about a minute here, more on a busy
  // machine); later starts reuse it.
  private static final Duration STARTS_WITHIN = Duration.ofMinutes(6);

  private Process keycloak;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (answers()) {
      return;
    }
    Path home = Path.of(System.getProperty("keycloak.home"));
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(
        Path.of(System.getProperty("keycloak.realm")),
        imports.resolve("parity-test-realm.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Path log = home.resolve("parity-test-keycloak.log");
    ProcessBuilder start =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=18180",
                "--http-management-port=19000",
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    start.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    start.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    start.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    keycloak = start.start();
    Instant giveUp = Instant.now().plus(STARTS_WITHIN);
    while (!answers()) {
      if (!keycloak.isAlive() || Instant.now().isAfter(giveUp)) {
        stop();
        throw new IllegalStateException(
            "Keycloak did not start; its log: " + log + "\n" + tail(log));
      }
      Thread.sleep(1000);
    }
  }

  /**
   * A new person at the provider (through Keycloak's admin API), with a fresh address so a test can
   * run again on the same data: answers their username, which is also the local part of their
   * address at north-trust.example.
   */
  public static String newPerson(String firstName, String lastName, boolean emailVerified)
      throws IOException, InterruptedException {
    String username =
        (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT)
            + "-"
            + java.util.UUID.randomUUID().toString().substring(0, 6);
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password="
                            + ADMIN_PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String accessToken =
        jakarta.json.Json.createReader(new java.io.StringReader(token.body()))
            .readObject()
            .getString("access_token");
    String person =
        jakarta.json.Json.createObjectBuilder()
            .add("username", username)
            .add("email", username + "@north-trust.example")
            .add("emailVerified", emailVerified)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add("enabled", true)
            .add(
                "credentials",
                jakarta.json.Json.createArrayBuilder()
                    .add(
                        jakarta.json.Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", PASSWORD)
                            .add("temporary", false)))
            .build()
            .toString();
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/parity-test/users"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(person))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Keycloak refused " + username + ": " + created.statusCode() + " " + created.body());
    }
    return username;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private void stop() {
    if (keycloak == null) {
      return;
    }
    // kc.sh runs Keycloak's JVM as its child: stop both.
    keycloak.descendants().forEach(ProcessHandle::destroy);
    keycloak.destroy();
    try {
      keycloak.onExit().get();
    } catch (Exception e) {
      keycloak.destroyForcibly();
    }
    keycloak = null;
  }

  private static boolean answers() {
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 4000));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
