package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * One client address may try to sign in 20 times a minute; the 21st is answered 429 with
 * Retry-After and a page that says so, while another address is not held back. The test server
 * trusts 127.0.0.1 as a proxy, so each test names its client with X-Forwarded-For; the same header
 * from an untrusted address would be ignored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLimitsIT {

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  private static String someClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  /** A wrong password for a new address each time, so no account's own pause comes into it. */
  private static HttpResponse<String> signIn(ApiSession visitor, String client) throws Exception {
    String page = visitor.raw("GET", "/login", null, "X-Forwarded-For", client).body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    String viewState = state.find() ? state.group(1) : "stateless";
    return visitor.raw(
        "POST",
        "/login",
        "login=login&login%3Aemail=nobody-"
            + java.util.UUID.randomUUID()
            + "%40example.org&login%3Apassword=wrong-wrong-wrong"
            + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(viewState, "UTF-8"),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "X-Forwarded-For",
        client);
  }

  @Test
  void theTwentyFirstSignInFromOneAddressInAMinuteIsToldToWait() throws Exception {
    ApiSession visitor = ApiSession.anonymous(base);
    String client = someClient();
    for (int i = 1; i <= 20; i++) {
      HttpResponse<String> attempt = signIn(visitor, client);
      assertThat(attempt.statusCode()).as("attempt %d", i).isEqualTo(200);
      assertThat(attempt.body()).contains("not right");
    }
    HttpResponse<String> refused = signIn(visitor, client);
    assertThat(refused.statusCode()).isEqualTo(429);
    long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isBetween(1L, 60L);
    assertThat(refused.body()).contains("too many attempts from your connection");

    assertThat(signIn(visitor, someClient()).statusCode())
        .as("another address is not held back")
        .isEqualTo(200);
  }

  @Test
  void theSearchApiAnswers429WithRetryAfterToOneAddressAskingTooOften() throws Exception {
    ApiSession visitor = ApiSession.anonymous(base);
    String client = someClient();
    int answered = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < 125; i++) {
      last =
          visitor.raw("GET", "/api/v1/search/suggestions?q=dep", null, "X-Forwarded-For", client);
      if (last.statusCode() == 429) {
        break;
      }
      answered++;
    }
    assertThat(answered).isEqualTo(120);
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.body()).contains("Too many requests");
  }
}
