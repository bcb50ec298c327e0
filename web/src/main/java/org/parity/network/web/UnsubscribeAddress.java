package org.parity.network.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parity.platform.web.PageAddress;

/**
 * Serves {@code /unsubscribe/{token}} (the one-click link in discussion mail) with
 * unsubscribe.xhtml; the page's own form posts back to {@code /unsubscribe}.
 */
@WebFilter(urlPatterns = "/unsubscribe/*")
public class UnsubscribeAddress extends HttpFilter {

  private static final Pattern TOKEN = Pattern.compile("^/unsubscribe/([A-Za-z0-9_-]{1,64})$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageAddress.path(request);
    if (path.equals("/unsubscribe")) {
      chain.doFilter(request, response);
      return;
    }
    Matcher token = TOKEN.matcher(path);
    if (token.matches()) {
      request
          .getRequestDispatcher("/unsubscribe.xhtml?token=" + token.group(1))
          .forward(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
