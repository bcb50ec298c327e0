package org.parity.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * The browser-side defences every response carries, pages, API answers and error pages alike: a
 * Content-Security-Policy that allows scripts from Parity only (Faces pages replace it with
 * PrimeFaces' own, the same policy plus the nonce of that page's inline scripts), no framing, no
 * content-type guessing, no full address in the Referer (none at all from pages whose address
 * carries a token), no camera, microphone or location, and HSTS over TLS. Mapped first in web.xml.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Everything but scripts; script-src comes last because PrimeFaces appends its nonce to it
   * (web.xml's primefaces.CSP_POLICY repeats this policy).
   */
  public static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'; script-src 'self'";

  private static final String CSP = "Content-Security-Policy";

  /** The form field PrimeFaces' CSP mode expects a postback to carry the page's nonce in. */
  private static final String NONCE = "primefaces.nonce";

  /** Pages whose address carries a secret (a reset, confirmation or unsubscribe token). */
  private static final Set<String> TOKEN_PAGES =
      Set.of("/reset-password", "/verify-email", "/unsubscribe");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, POLICY + ";");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(
        "Referrer-Policy",
        TOKEN_PAGES.contains(PageAddress.path(request))
            ? "same-origin"
            : "strict-origin-when-cross-origin");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(withNonce(request), new OnePolicy(response));
  }

  /**
   * PrimeFaces' script in the page gives each form the page's nonce, which a postback must carry. A
   * browser without JavaScript posts a visitor's stateless form without it; such a form is tied to
   * no stored view, so any fresh nonce will do for showing the page again.
   */
  private static HttpServletRequest withNonce(HttpServletRequest request) {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        || request.getParameter(NONCE) != null
        || !"stateless".equals(request.getParameter("jakarta.faces.ViewState"))) {
      return request;
    }
    String nonce =
        java.util.Base64.getEncoder()
            .encodeToString(
                java.util
                    .UUID
                    .randomUUID()
                    .toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
      @Override
      public String getParameter(String name) {
        return NONCE.equals(name) ? nonce : super.getParameter(name);
      }

      @Override
      public java.util.Map<String, String[]> getParameterMap() {
        java.util.Map<String, String[]> map = new java.util.HashMap<>(super.getParameterMap());
        map.put(NONCE, new String[] {nonce});
        return java.util.Collections.unmodifiableMap(map);
      }

      @Override
      public java.util.Enumeration<String> getParameterNames() {
        return java.util.Collections.enumeration(getParameterMap().keySet());
      }

      @Override
      public String[] getParameterValues(String name) {
        return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
      }
    };
  }

  /** A page's own policy (PrimeFaces adds one with its nonce) replaces the default, never adds. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
