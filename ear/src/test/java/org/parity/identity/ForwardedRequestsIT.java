package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.browser.ApiSession;
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
    String form =
        ApiSession.signInForm(
            page.body(),
            System.getProperty("it.admin.email"),
            System.getProperty("it.admin.password"));
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
}
