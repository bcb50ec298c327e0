package org.parity.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.platform.ClientAddress;

/** Tells the services which address a request came from (for the security log). */
@WebFilter(urlPatterns = "/*")
public class ClientAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientAddress client;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    client.set(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
