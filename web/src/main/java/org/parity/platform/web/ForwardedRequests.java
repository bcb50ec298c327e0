package org.parity.platform.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;
import org.parity.platform.Configuration;

/**
 * Behind a reverse proxy that ends TLS, the request as the browser made it: from a proxy named in
 * PARITY_TRUSTED_PROXIES (and only from one), {@code X-Forwarded-Proto}, {@code -Host} and {@code
 * -Port} become the request's scheme, host and port before anything else sees it, so over https the
 * session cookie is {@code Secure}, HSTS is sent, redirects and links keep https, and the trusted
 * host check applies to the host the browser asked for. From anyone else the headers are ignored.
 * An Undertow extension because the cookie's flag is set by the server, below any servlet filter.
 */
public class ForwardedRequests implements ServletExtension {

  private static final HttpString PROTO = new HttpString("X-Forwarded-Proto");
  private static final HttpString HOST = new HttpString("X-Forwarded-Host");
  private static final HttpString PORT = new HttpString("X-Forwarded-Port");

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    Set<String> trusted = new Configuration().trustedProxies();
    if (trusted.isEmpty()) {
      return;
    }
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              if (fromTrustedProxy(exchange, trusted)) {
                applyForwarded(exchange);
              }
              next.handleRequest(exchange);
            });
  }

  static boolean fromTrustedProxy(HttpServerExchange exchange, Set<String> trusted) {
    InetSocketAddress peer = exchange.getSourceAddress();
    return peer != null
        && peer.getAddress() != null
        && trusted.contains(peer.getAddress().getHostAddress());
  }

  private static void applyForwarded(HttpServerExchange exchange) {
    String proto = nearest(exchange.getRequestHeaders().getFirst(PROTO));
    String host = nearest(exchange.getRequestHeaders().getFirst(HOST));
    String port = nearest(exchange.getRequestHeaders().getFirst(PORT));
    if (proto != null) {
      proto = proto.toLowerCase(Locale.ROOT);
      if (!proto.equals("https") && !proto.equals("http")) {
        return;
      }
      exchange.setRequestScheme(proto);
      if (proto.equals("https")) {
        // Undertow's secure-cookie handler may already have looked: mark them here as well.
        exchange.addResponseCommitListener(
            committed -> committed.responseCookies().forEach(ForwardedRequests::secure));
      }
    }
    if (host != null) {
      exchange.getRequestHeaders().put(Headers.HOST, host);
    }
    int defaultPort = "https".equals(exchange.getRequestScheme()) ? 443 : 80;
    int destinationPort = port != null && port.matches("\\d{1,5}") ? Integer.parseInt(port) : -1;
    if (proto != null || destinationPort > 0) {
      exchange.setDestinationAddress(
          InetSocketAddress.createUnresolved(
              exchange.getHostName(), destinationPort > 0 ? destinationPort : defaultPort));
    }
  }

  private static void secure(Cookie cookie) {
    cookie.setSecure(true);
  }

  /** The value the proxy nearest to Parity added: the last of a comma-separated list. */
  static String nearest(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String[] values = header.split(",");
    String last = values[values.length - 1].trim();
    return last.isEmpty() ? null : last;
  }
}
