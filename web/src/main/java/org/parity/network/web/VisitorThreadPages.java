package org.parity.network.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parity.network.application.ForumService;

/**
 * Pages of threads as visitors who are not signed in see them: answered with an ETag (304 when the
 * browser's copy is still right), and kept rendered, so that the next visitor's page costs one
 * small query instead of rendering 25 posts again. A page is kept only while its stamp ({@link
 * ForumService#visitorPageStamp}: replies, edits, hiding, helpful counts, lock, pin, move) stays
 * the same, and a minute at most, for what the stamp does not cover (a renamed author).
 */
@ApplicationScoped
public class VisitorThreadPages {

  private static final int KEPT_PAGES = 400;
  private static final Duration AT_MOST = Duration.ofMinutes(1);
  private static final int LARGEST_PAGE = 512 * 1024;

  @Inject ForumService forum;
  private final Clock clock = Clock.systemUTC();

  private final Map<String, Kept> kept =
      new LinkedHashMap<>(KEPT_PAGES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
          return size() > KEPT_PAGES;
        }
      };

  /** A rendered page, with the policy that carries the nonce of its inline scripts. */
  private static final String POLICY = "Content-Security-Policy";

  private record Kept(String etag, Instant at, String contentType, String policy, byte[] body) {}

  /** How the page is rendered when nothing kept will do (a forward to the Facelets page). */
  public interface Rendering {
    void render(HttpServletResponse response) throws IOException, ServletException;
  }

  /**
   * Answers a visitor's plain view of a thread page; anything else (a signed-in reader, a form
   * post, an address with more than {@code ?page=}, a pending message) renders as usual.
   */
  public void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      String slug,
      long threadId,
      Rendering rendering)
      throws IOException, ServletException {
    if (!isVisitorsPlainView(request)) {
      rendering.render(response);
      return;
    }
    int page = page(request.getParameter("page"));
    Optional<String> stamp = forum.visitorPageStamp(slug, threadId, page);
    if (stamp.isEmpty()) {
      rendering.render(response); // the page says 404 itself
      return;
    }
    String language = language(request);
    String etag = etag(stamp.get() + "|" + language);
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Vary", "Cookie, Accept-Language");
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String key = slug + "/" + threadId + "/" + page + "|" + language;
    Kept found = lookUp(key, etag);
    if (found != null) {
      if (found.policy() != null) {
        response.setHeader(POLICY, found.policy());
      }
      write(response, found.contentType(), found.body(), request);
      return;
    }
    CapturedPage captured = new CapturedPage(response);
    rendering.render(captured);
    if (captured.passedThrough()) {
      return;
    }
    byte[] body = captured.body();
    if (captured.isWholePage() && body.length <= LARGEST_PAGE) {
      synchronized (kept) {
        kept.put(
            key,
            new Kept(
                etag,
                clock.instant(),
                captured.getContentType(),
                captured.getHeader(POLICY),
                body));
      }
    }
    write(response, captured.getContentType(), body, request);
  }

  private Kept lookUp(String key, String etag) {
    synchronized (kept) {
      Kept found = kept.get(key);
      if (found == null) {
        return null;
      }
      if (!found.etag().equals(etag) || found.at().plus(AT_MOST).isBefore(clock.instant())) {
        kept.remove(key);
        return null;
      }
      return found;
    }
  }

  private static void write(
      HttpServletResponse response, String contentType, byte[] body, HttpServletRequest request)
      throws IOException {
    if (contentType != null) {
      response.setContentType(contentType);
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /**
   * Not signed in, a GET of the page's own address (at most {@code ?page=}), and no cookie but the
   * language's and a session's: Faces keeps a message for the next page in a cookie of its own.
   */
  private static boolean isVisitorsPlainView(HttpServletRequest request) {
    if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        || request.getUserPrincipal() != null) {
      return false;
    }
    String query = request.getQueryString();
    if (query != null && !query.matches("page=[0-9]{1,6}")) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (!cookie.getName().equals("parity-lang") && !cookie.getName().equals("JSESSIONID")) {
          return false;
        }
      }
    }
    return true;
  }

  private static int page(String value) {
    return value == null ? 1 : Integer.parseInt(value);
  }

  /** What the page's language is chosen from: the reader's choice, else the browser's. */
  private static String language(HttpServletRequest request) {
    String chosen = "";
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (cookie.getName().equals("parity-lang")) {
          chosen = cookie.getValue();
        }
      }
    }
    String browser = request.getHeader("Accept-Language");
    return chosen + "|" + (browser == null ? "" : browser);
  }

  private static String etag(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "\""
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(java.util.Arrays.copyOf(digest, 18))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
