package org.parity.network.web;

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
    FileDownload.byId(
        request,
        response,
        id -> {
          Download d = files.download(id);
          return d == null
              ? null
              : new FileDownload.Stored(d.fileName(), d.mediaType(), d.content());
        });
  }
}
