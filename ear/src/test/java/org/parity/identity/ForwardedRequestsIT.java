package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.Deployments;

/**
 * Behind a reverse proxy that ends TLS: from a trusted proxy (the tests' own address is one, by
 * PARITY_TRUSTED_PROXIES), X-Forwarded-Proto https makes the session cookie Secure, sends HSTS and
 * keeps redirects on https; X-Forwarded-Host is the host the trusted host check judges. Without the
 * headers, plain http stays plain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardedRequestsIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndRedirectsStayOnHttps() throws Exception {
    HttpResponse<String> signedIn = signIn("https");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).startsWith("https://");
    assertThat(sessionCookie(signedIn)).containsIgnoringCase("; secure");
    assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void withoutTheProxysWordPlainHttpStaysPlain() throws Exception {
    HttpResponse<String> signedIn = signIn(null);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotStartWith("https://");
    assertThat(sessionCookie(signedIn)).doesNotContainIgnoringCase("secure");
    assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void theForwardedHostIsTheOneTheTrustedHostCheckJudges() throws Exception {
    assertThat(get("/forgot-password", "X-Forwarded-Host", "evil.example").statusCode())
        .isEqualTo(400);
    assertThat(get("/forgot-password", "X-Forwarded-Host", "localhost").statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> signIn(String proto) throws Exception {
    HttpResponse<String> page =
        proto == null ? get("/login") : get("/login", "X-Forwarded-Proto", proto);
    Matcher state = VIEW_STATE.matcher(page.body());
    assertThat(state.find()).isTrue();
    String form =
        "login=login&login%3Aemail="
            + enc(System.getProperty("it.admin.email"))
            + "&login%3Apassword="
            + enc(System.getProperty("it.admin.password"))
            + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(base + "login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (proto != null) {
      post.header("X-Forwarded-Proto", proto);
    }
    return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie: " + response.headers()));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
