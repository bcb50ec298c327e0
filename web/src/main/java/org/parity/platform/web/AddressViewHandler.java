package org.parity.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms post back to the address their page was shown at ({@code /networks/x/threads/5?page=2}),
 * not to the Facelets file behind it. So a postback carries the same parameters as the page view,
 * and a page's bean can be request-scoped: it reads the address again instead of keeping the page
 * in the session between requests.
 */
public class AddressViewHandler extends ViewHandlerWrapper {

  public AddressViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId())) {
      Object request = context.getExternalContext().getRequest();
      if (request instanceof HttpServletRequest http) {
        return browserAddress(http);
      }
    }
    return super.getActionURL(context, viewId);
  }

  /** The path and query the browser asked for, before any forward to a Facelets file. */
  static String browserAddress(HttpServletRequest request) {
    Object forwardedPath = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwardedPath != null ? forwardedPath.toString() : request.getRequestURI();
    Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String query =
        forwardedPath != null
            ? (forwardedQuery == null ? null : forwardedQuery.toString())
            : request.getQueryString();
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }
}
