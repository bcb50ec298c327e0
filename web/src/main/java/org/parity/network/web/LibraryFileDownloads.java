package org.parity.network.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.NetworkLibrary.Download;
import org.parity.platform.web.FileDownload;

/**
 * A library entry's PDF at {@code /library-files/{id}}, for whoever may read its network: anyone
 * else, signed out or not, gets a 404, as for a file that does not exist.
 */
@WebServlet(urlPatterns = LibraryFileDownloads.PREFIX + "*")
public class LibraryFileDownloads extends HttpServlet {

  static final String PREFIX = "/library-files/";
  private static final long serialVersionUID = 1L;

  @Inject transient NetworkLibrary library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FileDownload.byId(
        request,
        response,
        id -> {
          Download d = library.download(id);
          return d == null
              ? null
              : new FileDownload.Stored(d.fileName(), d.mediaType(), d.content());
        });
  }
}
