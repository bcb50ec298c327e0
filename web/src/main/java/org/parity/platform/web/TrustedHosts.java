package org.parity.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.parity.platform.Configuration;

/**
 * Without PARITY_BASE_URL, Parity makes the links in its mail (password resets, confirmations) from
 * the address the request came to. So a request naming any other host than those allowed
 * (PARITY_ALLOWED_HOSTS) is answered 400 before any page or mail is made: a forged Host header
 * cannot put an attacker's address into somebody's reset link. Mapped first in web.xml.
 */
public class TrustedHosts extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Configuration configuration;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Health probes come by address and make no links.
    if (request.getServletPath().startsWith("/health/")
        || configuration.baseUrl().isPresent()
        || configuration
            .allowedHosts()
            .contains(request.getServerName().toLowerCase(Locale.ROOT))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            ("This server does not answer for that host name. Its operator sets PARITY_BASE_URL"
                    + " (or PARITY_ALLOWED_HOSTS) to the addresses Parity is reached at.\n")
                .getBytes(StandardCharsets.UTF_8));
  }
}
