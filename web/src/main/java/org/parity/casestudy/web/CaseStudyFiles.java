package org.parity.casestudy.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.parity.casestudy.application.CaseStudyReading;
import org.parity.casestudy.application.CaseStudyReading.Download;
import org.parity.platform.web.FileDownload;

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
    FileDownload.send(response, d.fileName(), d.mediaType(), d.content());
  }
}
