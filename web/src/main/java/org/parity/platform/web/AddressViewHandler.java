package org.parity.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms post back to the address their page was shown at ({@code /networks/x/threads/5?page=2}),
 * not to the Facelets file behind it. So a postback carries the same parameters as the page view,
 * and a page's bean can be request-scoped: it reads the address again instead of keeping the page
 * in the session between requests. A visitor's view is stateless from the moment it is created (the
 * layout's f:view says so only once the page is built, after PrimeFaces' CSP has asked for a view
 * map, which would otherwise start a session).
 */
public class AddressViewHandler extends ViewHandlerWrapper {

  public AddressViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot view = super.createView(context, viewId);
    if (view != null && context.getExternalContext().getUserPrincipal() == null) {
      view.setTransient(true);
    }
    return view;
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId())) {
      Object request = context.getExternalContext().getRequest();
      // An error page's forms (signing out) post to the error page, not to the address refused.
      if (request instanceof HttpServletRequest http
          && http.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) == null) {
        return PageAddress.browserAddress(http);
      }
    }
    return super.getActionURL(context, viewId);
  }
}
