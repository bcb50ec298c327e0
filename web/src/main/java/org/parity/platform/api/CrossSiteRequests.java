package org.parity.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.parity.platform.Configuration;
import org.parity.platform.web.JsonRefusal;

/**
 * The API's defence against requests another site makes a signed-in browser send (and the scope of
 * a personal access token, which needs no such defence). A call that changes something must be one
 * no cross-site form can make (a JSON body, or an X-Requested-With header, either of which a
 * browser only sends cross-site after the server agreed, and Parity never agrees), and when the
 * browser says where it comes from (Origin, Sec-Fetch-Site), that must be Parity itself. A page's
 * form post (besides SameSite cookies) must come from Parity too. Refusals are 403 and change
 * nothing.
 */
public class CrossSiteRequests extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Configuration configuration;

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  /**
   * Set (true or false) when the caller came with a personal access token, which a browser never
   * sends by itself: no cross-site defence is needed, only the token's scope.
   */
  public static final String TOKEN_MAY_WRITE = "parity.token.mayWrite";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (READING.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (!ApiRequests.isApi(request)) {
      // A page's form: pages that keep no view state have no token in their forms, so a post
      // another site's page made the browser send is refused by where it came from.
      if (fromParityItself(request)) {
        chain.doFilter(request, response);
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    Object mayWrite = request.getAttribute(TOKEN_MAY_WRITE);
    if (mayWrite != null) {
      if (Boolean.TRUE.equals(mayWrite)) {
        chain.doFilter(request, response);
      } else {
        refuse(response, "This access token may only read.");
      }
      return;
    }
    if (!fromParityItself(request)) {
      refuse(response, "Requests from other sites are not accepted.");
    } else if (!unformable(request)) {
      refuse(
          response,
          "A request that changes something must carry a JSON body or an X-Requested-With header.");
    } else {
      chain.doFilter(request, response);
    }
  }

  private boolean fromParityItself(HttpServletRequest request) {
    // The browser's own word when it gives it: a page cannot set it. Older browsers send only
    // Origin (real on Parity's own pages, whose referrer policies all keep the origin on the site).
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = request.getHeader("Origin");
    return origin == null || origin.equalsIgnoreCase(ownOrigin(request));
  }

  /** A body type or header an HTML form cannot send. */
  private static boolean unformable(HttpServletRequest request) {
    String type = request.getContentType();
    boolean json =
        type != null
            && type.toLowerCase(Locale.ROOT)
                .split(";")[0]
                .trim()
                .matches("application/([a-z.+-]*\\+)?json");
    return json || request.getHeader("X-Requested-With") != null;
  }

  /**
   * Where Parity is reached: PARITY_BASE_URL's origin, or else the address this request came to.
   */
  private String ownOrigin(HttpServletRequest request) {
    if (configuration.baseUrl().isPresent()) {
      java.net.URI base = java.net.URI.create(configuration.baseUrl().get());
      return base.getScheme() + "://" + base.getRawAuthority();
    }
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean usual =
        (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port);
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, message);
  }
}
