package org.parity.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.platform.web.JsonRefusal;
import org.parity.platform.web.PageAddress;

/**
 * Someone whose roles require a second factor (SecondFactorRule) and who has none set up may do one
 * thing until they do: set it up, on /me/security. Pages send them there; the API answers 403.
 */
@WebFilter(urlPatterns = "/*")
public class SecondFactorRequirement extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Set by {@link SessionAuthentication} on a request from such a person. */
  static final String MISSING = "parity.secondFactorMissing";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageAddress.path(request);
    if (!Boolean.TRUE.equals(request.getAttribute(MISSING)) || allowed(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (path.startsWith("/api/")) {
      JsonRefusal.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Set up a second factor on /me/security first: your role requires one.");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/me/security?required=true");
  }

  private static boolean allowed(String path) {
    return path.equals("/me/security")
        || path.equals("/me/security.xhtml")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || path.startsWith("/login")
        || path.equals("/sign-out")
        || path.startsWith("/errors/");
  }
}
