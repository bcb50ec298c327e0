package org.parity.benchmark.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader signed in through the /login form, as a browser does, who joins the benchmark's network.
 * What the benchmark keeps of them is their session cookie, which wrk then sends for them.
 */
final class SignedInReader {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  private SignedInReader(URL base) {
    this.base = Visitor.withoutSlash(base);
  }

  static SignedInReader signIn(URL base, String email, String password)
      throws IOException, InterruptedException {
    SignedInReader reader = new SignedInReader(base);
    String page =
        reader
            .http
            .send(reader.request("/login").build(), HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("No view state on /login");
    }
    String form =
        "login=login&login%3Aemail="
            + enc(email)
            + "&login%3Apassword="
            + enc(password)
            + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpResponse<String> answer =
        reader.http.send(
            reader
                .request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 302
        || !answer.headers().firstValue("Location").orElse("").endsWith("/me")) {
      throw new IllegalStateException("Sign-in failed for " + email + ": " + answer.statusCode());
    }
    return reader;
  }

  void join(String network) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            request("/api/v1/networks/" + network + "/join")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "Joining " + network + " refused: " + answer.statusCode() + " " + answer.body());
    }
  }

  /** The session the sign-in left: the server renews it on signing in, so read it afterwards. */
  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No session cookie after signing in"));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
