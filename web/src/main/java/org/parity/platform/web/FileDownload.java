package org.parity.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored file (a case study's, a team's, a library's) with the type found in its bytes when
 * it was uploaded: images shown in the page, PDFs downloaded, never sniffed by the browser.
 */
public final class FileDownload {

  private FileDownload() {}

  /** A file as a service hands it out. */
  public record Stored(String fileName, String mediaType, byte[] content) {}

  /** Finds the stored file of an id; refuses (EJBAccessException) when it is not the reader's. */
  @FunctionalInterface
  public interface Finder {
    Stored find(long id);
  }

  /**
   * Answers {@code /prefix/{id}} with the file {@code finder} gives; an id that is not a number,
   * not a file, or not for this reader (signed out or not) is a 404, as for a file that does not
   * exist.
   */
  public static void byId(HttpServletRequest request, HttpServletResponse response, Finder finder)
      throws IOException {
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Stored file = null;
    if (id.matches("[0-9]{1,18}")) {
      try {
        file = finder.find(Long.parseLong(id));
      } catch (EJBAccessException notForThem) {
        file = null;
      }
    }
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(response, file.fileName(), file.mediaType(), file.content());
  }

  public static void send(
      HttpServletResponse response, String fileName, String mediaType, byte[] content)
      throws IOException {
    response.setContentType(mediaType);
    response.setContentLength(content.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, max-age=300");
    response.setHeader("Content-Disposition", disposition(fileName, mediaType));
    response.getOutputStream().write(content);
  }

  /** Images inline, PDFs as a download, with the name in both plain and RFC 5987 form. */
  static String disposition(String fileName, String mediaType) {
    String kind = mediaType.startsWith("image/") ? "inline" : "attachment";
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
