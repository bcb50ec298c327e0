package org.parity.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The header's sign-out button posts here: a plain form, so no page keeps view state for it. A POST
 * only (no link can sign anyone out), and CrossSiteRequests refuses one another site sent.
 */
@WebServlet(urlPatterns = SignOutAddress.PATH)
public class SignOutAddress extends HttpServlet {

  static final String PATH = "/sign-out";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    end(request);
    response.sendRedirect(request.getContextPath() + "/login?signedOut=true");
  }

  /** Signs this request's caller out and ends its session (also "sign out everywhere"'s end). */
  static void end(HttpServletRequest request) throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
