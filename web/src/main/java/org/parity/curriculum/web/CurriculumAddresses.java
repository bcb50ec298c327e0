package org.parity.curriculum.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.parity.platform.web.PageAddress;

/**
 * Serves the stable addresses {@code /curricula/{slug}} and {@code /modules/{slug}} with the pages
 * curriculum.xhtml and module.xhtml; the browser keeps the address it asked for.
 */
@WebFilter(urlPatterns = {"/curricula/*", "/modules/*"})
public class CurriculumAddresses extends HttpFilter {

  public static final String SLUG = "parity.slug";
  private static final Pattern SLUG_SHAPE = Pattern.compile("^/[a-z0-9]+(-[a-z0-9]+)*$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageAddress.path(request);
    String prefix = path.startsWith("/curricula") ? "/curricula" : "/modules";
    String rest = path.substring(prefix.length());
    if (rest.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (!SLUG_SHAPE.matcher(rest).matches() || rest.length() > 121) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(SLUG, rest.substring(1));
    String page = prefix.equals("/curricula") ? "/curriculum.xhtml" : "/module.xhtml";
    request.getRequestDispatcher(page).forward(request, response);
  }
}
