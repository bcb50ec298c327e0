package org.parity.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.parity.platform.ClientAddress;
import org.parity.platform.Configuration;

/**
 * Who a request comes from: the connection's address, or, when that is one of the trusted reverse
 * proxies (PARITY_TRUSTED_PROXIES), the nearest address in X-Forwarded-For that is not. A header
 * from anyone else is ignored, so a client cannot choose its own address. For the request limits
 * and the security log.
 */
public class ClientAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The client's address, a request attribute. */
  public static final String CLIENT = "parity.client";

  /** Set when the request is a trusted proxy's own (no X-Forwarded-For): not a client's. */
  public static final String PROXY_ITSELF = "parity.client.proxy";

  @Inject transient ClientAddress client;
  @Inject transient Configuration configuration;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = clientOf(request, configuration.trustedProxies());
    request.setAttribute(CLIENT, address);
    client.set(address);
    chain.doFilter(request, response);
  }

  static String clientOf(HttpServletRequest request, Set<String> trusted) {
    String remote = request.getRemoteAddr();
    if (!trusted.contains(remote)) {
      return remote;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      request.setAttribute(PROXY_ITSELF, Boolean.TRUE);
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }
}
