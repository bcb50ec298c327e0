package org.parity.benchmark.load;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The floor the load benchmark measures Parity's pages against: a plain servlet in the same server
 * that answers with the same bytes as a thread page, so the difference is what rendering the page
 * costs, not what serving HTTP does. The benchmark PUTs the page once; every GET then serves it.
 */
@WebServlet("/page")
public class FloorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The captured page; static, because the servlet container may make more than one instance. */
  private static volatile byte[] page = new byte[0];

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    page = request.getInputStream().readAllBytes();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = page;
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
