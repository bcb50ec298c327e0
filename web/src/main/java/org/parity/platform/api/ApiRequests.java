package org.parity.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.parity.platform.Configuration;

/**
 * Whether a request is for the API, and the personal access token it carries: decided here once for
 * the sign-in mechanism, the request limits and the cross-site defence alike.
 */
public final class ApiRequests {

  private static final String BEARER = "Bearer ";

  private ApiRequests() {}

  /**
   * By the servlet path, which is decoded, as the server chose the servlet by it: {@code /%61pi/}
   * is the API too. The page {@code /api} (the API's reference) is a page.
   */
  public static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api/");
  }

  /**
   * The site's address for links an answer carries: PARITY_BASE_URL when set, else the address the
   * call came to (without a trailing slash).
   */
  public static String siteBase(Configuration configuration, UriInfo uri) {
    return configuration
        .baseUrl()
        .orElse(uri.getBaseUri().resolve("/").toString().replaceAll("/$", ""));
  }

  /** An API call's {@code Authorization: Bearer} token; pages go by their session only. */
  public static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null
        || !isApi(request)
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
