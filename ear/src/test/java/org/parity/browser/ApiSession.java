package org.parity.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client for the REST API, signed in through the /login form like a browser, or anonymous.
 */
public final class ApiSession {

  /**
   * A header no cross-site form can send: the API takes state changes without a JSON body only with
   * it.
   */
  public static final String SCRIPTED = "X-Requested-With";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String base;

  private ApiSession(URL base) {
    this.base = base.toString().replaceAll("/$", "");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The address of the Parity this session talks to. */
  public URL base() {
    try {
      return URI.create(base + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The session cookie's value (renewed at sign-in), for a load tool that reads as this person. */
  public String sessionCookie() {
    return cookie("JSESSIONID");
  }

  /**
   * Every cookie this session holds, as a Cookie header: the session's, and a balancer's that keeps
   * it on one node.
   */
  public String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** A cookie this session holds (a balancer's, say); fails when it holds none of that name. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No cookie " + name));
  }

  /**
   * As an administrator: a confirmed account, a GP with the everyday roles (LEARNER, MEMBER) and no
   * organisation, through the administrators' API. Fails unless it answers 201.
   */
  public void createAccount(String email, String password, String displayName)
      throws IOException, InterruptedException {
    createAccount(email, password, displayName, List.of(), List.of());
  }

  /**
   * As an administrator: a new confirmed account (a random address) with these roles besides
   * LEARNER and MEMBER, in these organisations (by slug), signed in through its own session.
   */
  public ApiSession newAccount(String displayName, List<String> roles, List<String> organisations)
      throws IOException, InterruptedException {
    String email = "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String password = "quiet harbour lantern " + UUID.randomUUID().toString().substring(0, 4);
    createAccount(email, password, displayName, roles, organisations);
    return signedIn(base(), email, password);
  }

  private void createAccount(
      String email,
      String password,
      String displayName,
      List<String> roles,
      List<String> organisations)
      throws IOException, InterruptedException {
    jakarta.json.JsonArrayBuilder allRoles =
        jakarta.json.Json.createArrayBuilder().add("LEARNER").add("MEMBER");
    roles.forEach(allRoles::add);
    jakarta.json.JsonArrayBuilder memberOf = jakarta.json.Json.createArrayBuilder();
    organisations.forEach(memberOf::add);
    HttpResponse<String> created =
        postJson(
            "/api/v1/admin/accounts",
            jakarta.json.Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .add("displayName", displayName)
                .add("profession", "GP")
                .add("roles", allRoles)
                .add("organisations", memberOf)
                .build()
                .toString());
    if (created.statusCode() != 201) {
      throw new AssertionError("Account " + email + " refused: " + created.body());
    }
  }

  public static ApiSession anonymous(URL base) {
    return new ApiSession(base);
  }

  public static ApiSession signedIn(URL base, String email, String password)
      throws IOException, InterruptedException {
    ApiSession session = new ApiSession(base);
    String form = signInForm(session.get("/login").body(), email, password);
    HttpResponse<String> response =
        session.http.send(
            HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 302
        || !response.headers().firstValue("Location").orElse("").endsWith("/me")) {
      throw new AssertionError("Sign-in failed for " + email + ": " + response.statusCode());
    }
    return session;
  }

  /**
   * The /login form as a browser posts it, from the sign-in page's HTML (its view state), for tests
   * that sign in over plain HTTP.
   */
  public static String signInForm(String loginPage, String email, String password) {
    Matcher state = VIEW_STATE.matcher(loginPage);
    if (!state.find()) {
      throw new AssertionError("No view state on /login");
    }
    return "login=login&login%3Aemail="
        + enc(email)
        + "&login%3Apassword="
        + enc(password)
        + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
        + enc(state.group(1));
  }

  /**
   * The id of the first forum category of the network at {@code network} (its API address, {@code
   * /api/v1/networks/{slug}}), as the network's thread list names it.
   */
  public long firstForumCategory(String network) throws IOException, InterruptedException {
    return LearnerApi.json(get(network + "/threads"))
        .getJsonArray("categories")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** The response's JSON object, once it answered {@code status} (the body says why if not). */
  public static jakarta.json.JsonObject object(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          "Expected " + status + " but was " + response.statusCode() + ": " + response.body());
    }
    return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
  }

  /** The response's JSON array, once it answered 200. */
  public static jakarta.json.JsonArray array(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "Expected 200 but was " + response.statusCode() + ": " + response.body());
    }
    return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
  }

  /** The id of a publisher this session's PUBLISHER belongs to, by its name. */
  public long publisherId(String name) throws IOException, InterruptedException {
    return array(get("/api/v1/review-steps")).stream()
        .map(jakarta.json.JsonObject.class::cast)
        .filter(o -> o.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Not a publisher of " + name))
        .getJsonNumber("organisationId")
        .longValue();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> postZip(String path, byte[] zip)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/zip")
            .header(SCRIPTED, "ApiSession")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> putJson(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postJson(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header(SCRIPTED, "ApiSession")
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A raw body with extra headers (name, value, name, value, …), as file uploads take. */
  public HttpResponse<String> postBytes(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(SCRIPTED, "ApiSession")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Exactly this request, with only these headers (name, value, …): for what a browser sends. */
  public HttpResponse<String> raw(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST without a body, as the workflow steps take. */
  public HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header(SCRIPTED, "ApiSession")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
