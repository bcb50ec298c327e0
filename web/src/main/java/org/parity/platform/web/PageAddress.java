package org.parity.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The site's address as the browser reached it, for links in mail and redirects. */
public final class PageAddress {

  private PageAddress() {}

  public static String base() {
    return base(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /**
   * The site's address as the browser reached this request (its Host was checked by TrustedHosts).
   */
  public static String base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String path = request.getRequestURI();
    return url.substring(0, url.length() - path.length()) + request.getContextPath();
  }

  /** The request's path within the site ({@code /networks/x}), without the context path. */
  public static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /**
   * The path and query the browser asked for, before any forward to a Facelets file ({@code
   * /networks/x/threads/5?page=2}, not {@code /thread.xhtml?slug=x&id=5}).
   */
  public static String browserAddress(HttpServletRequest request) {
    Object forwardedPath = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwardedPath != null ? forwardedPath.toString() : request.getRequestURI();
    Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String query =
        forwardedPath != null
            ? (forwardedQuery == null ? null : forwardedQuery.toString())
            : request.getQueryString();
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }

  /** Answers the page with a 404 (the site's not-found page) and stops rendering it. */
  public static void notFound() {
    sendError(404, "Not found");
  }

  /** Answers the page with a 403 (the site's not-allowed page) and stops rendering it. */
  public static void forbidden() {
    sendError(403, "Forbidden");
  }

  private static void sendError(int status, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** A parameter of the address, or null. */
  public static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * A whole-number parameter of the address; null when it is missing or not a number (the page then
   * shows its default, as for an address typed by hand).
   */
  public static Long number(String name) {
    String value = parameter(name);
    if (value == null || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(value);
  }

  /** {@link #number} for a page number or a post number. */
  public static Integer smallNumber(String name) {
    Long value = number(name);
    return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
  }

  /** Sends a signed-out reader to sign in, and back to {@code path} (from the root) afterwards. */
  public static void signInFirst(String path) {
    redirect(
        "/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
  }

  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
