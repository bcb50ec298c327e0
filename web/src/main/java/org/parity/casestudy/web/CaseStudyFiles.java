package org.parity.casestudy.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parity.casestudy.application.CaseStudyReading;
import org.parity.casestudy.application.CaseStudyReading.Download;

/**
 * A case study's attachment at {@code /case-studies/attachments/{id}}: images shown in the page,
 * PDFs downloaded, each with the type found in its bytes when it was uploaded.
 */
@WebServlet(urlPatterns = CaseStudyFiles.PREFIX + "*")
public class CaseStudyFiles extends HttpServlet {

  static final String PREFIX = "/case-studies/attachments/";
  private static final long serialVersionUID = 1L;

  @Inject transient CaseStudyReading reading;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<Download> file = Optional.empty();
    if (id.matches("[0-9]{1,18}")) {
      try {
        file = reading.attachment(Long.parseLong(id));
      } catch (EJBAccessException e) {
        file = Optional.empty();
      }
    }
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Download d = file.get();
    response.setContentType(d.mediaType());
    response.setContentLength(d.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, max-age=300");
    response.setHeader("Content-Disposition", disposition(d));
    response.getOutputStream().write(d.content());
  }

  /** Images inline, PDFs as a download, with the name in both plain and RFC 5987 form. */
  static String disposition(Download d) {
    String kind = d.mediaType().startsWith("image/") ? "inline" : "attachment";
    String ascii = d.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
