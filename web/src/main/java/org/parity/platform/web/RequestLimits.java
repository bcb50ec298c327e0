package org.parity.platform.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parity.platform.api.ApiRequests;

/**
 * How often one client address may knock (so many a period, the allowance renewed whole at the
 * period's end): sign-in attempts, registrations, password-reset mails, the search API and calls
 * with an access token, each with its own allowance (Bucket4j token buckets, kept in memory for at
 * most {@link #REMEMBERED} addresses a kind, the least recently seen forgotten first). Over it, the
 * answer is 429 with Retry-After: a page that says when to try again, or JSON for the API. Per
 * account, sign-in is also paused after repeated failures (SignInService).
 */
public class RequestLimits extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final int REMEMBERED = 10_000;

  /** Seconds to wait, a request attribute for the 429 page. */
  public static final String RETRY_AFTER = "parity.retryAfter";

  /** What is limited, and how much a client may do of it. */
  enum Kind {
    SIGN_IN(20, Duration.ofMinutes(1)),
    REGISTRATION(10, Duration.ofHours(1)),
    RESET_MAIL(10, Duration.ofHours(1)),
    SEARCH_API(120, Duration.ofMinutes(1)),
    TOKEN_USE(600, Duration.ofMinutes(1));

    final long allowance;
    final Duration period;

    Kind(long allowance, Duration period) {
      this.allowance = allowance;
      this.period = period;
    }

    Bucket bucket() {
      return Bucket.builder()
          .addLimit(limit -> limit.capacity(allowance).refillIntervally(allowance, period))
          .build();
    }
  }

  private final transient Map<Kind, Map<String, Bucket>> buckets =
      new java.util.EnumMap<>(Kind.class);

  @Override
  public void init() {
    for (Kind kind : Kind.values()) {
      buckets.put(
          kind,
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > REMEMBERED;
            }
          });
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Kind kind = kindOf(request);
    if (kind == null || Boolean.TRUE.equals(request.getAttribute(ClientAddresses.PROXY_ITSELF))) {
      chain.doFilter(request, response);
      return;
    }
    String client = (String) request.getAttribute(ClientAddresses.CLIENT);
    ConsumptionProbe probe =
        bucket(kind, client == null ? request.getRemoteAddr() : client)
            .tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    response.setHeader("Retry-After", Long.toString(seconds));
    if (kind == Kind.SEARCH_API || kind == Kind.TOKEN_USE) {
      JsonRefusal.write(
          response,
          429,
          "Too many requests from your connection; try again in " + seconds + " seconds.");
    } else {
      request.setAttribute(RETRY_AFTER, seconds);
      response.sendError(429);
    }
  }

  private Bucket bucket(Kind kind, String client) {
    Map<String, Bucket> ofKind = buckets.get(kind);
    synchronized (ofKind) {
      return ofKind.computeIfAbsent(client, key -> kind.bucket());
    }
  }

  private static Kind kindOf(HttpServletRequest request) {
    String path = PageAddress.path(request);
    if ("POST".equals(request.getMethod())) {
      return switch (path) {
        case "/login", "/login.xhtml", "/login/code", "/login/code.xhtml" -> Kind.SIGN_IN;
        case "/register", "/register.xhtml" -> Kind.REGISTRATION;
        case "/forgot-password", "/forgot-password.xhtml" -> Kind.RESET_MAIL;
        default -> null;
      };
    }
    // Each trip to the organisation's provider starts a session and an exchange of tokens.
    if (path.startsWith("/login/organisation")) {
      return Kind.SIGN_IN;
    }
    if (path.startsWith("/api/v1/search")) {
      return Kind.SEARCH_API;
    }
    return ApiRequests.bearerToken(request).isPresent() ? Kind.TOKEN_USE : null;
  }
}
