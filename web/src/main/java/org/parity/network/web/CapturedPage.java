package org.parity.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.platform.web.HeldResponse;

/**
 * A visitor's page held while it renders ({@link HeldResponse}), so it can be kept for the next
 * visitor; status, headers, errors and redirects go straight through.
 */
final class CapturedPage extends HeldResponse {

  private int status = SC_OK;
  private boolean passedThrough;

  CapturedPage(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void setStatus(int code) {
    status = code;
    super.setStatus(code);
  }

  @Override
  public void sendError(int code, String message) throws IOException {
    status = code;
    passedThrough = true;
    super.sendError(code, message);
  }

  @Override
  public void sendError(int code) throws IOException {
    status = code;
    passedThrough = true;
    super.sendError(code);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    status = SC_FOUND;
    passedThrough = true;
    super.sendRedirect(location);
  }

  @Override
  public boolean isCommitted() {
    return passedThrough || super.isCommitted();
  }

  /** A whole page rendered here (not an error or a redirect, which went through already). */
  boolean isWholePage() {
    return !passedThrough && status == SC_OK;
  }

  /** Whether anything is left to write: the page, or a status the page set without a body. */
  boolean passedThrough() {
    return passedThrough;
  }
}
