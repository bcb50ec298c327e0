package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.network.application.TeamFiles;
import org.parity.network.application.TeamFiles.Download;
import org.parity.platform.web.FileDownload;

/**
 * A team's file at {@code /team-files/{id}}, for the team and its network's facilitators: anyone
 * else, signed out or not, gets a 404, as for a file that does not exist.
 */
@WebServlet(urlPatterns = TeamFileDownloads.PREFIX + "*")
public class TeamFileDownloads extends HttpServlet {

  static final String PREFIX = "/team-files/";
  private static final long serialVersionUID = 1L;

  @Inject transient TeamFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Download file = null;
    if (id.matches("[0-9]{1,18}")) {
      try {
        file = files.download(Long.parseLong(id));
      } catch (EJBAccessException notForThem) {
        file = null;
      }
    }
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, file.fileName(), file.mediaType(), file.content());
  }
}
