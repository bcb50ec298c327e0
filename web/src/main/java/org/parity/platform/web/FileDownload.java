package org.parity.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored file (a case study's, a team's) with the type found in its bytes when it was
 * uploaded: images shown in the page, PDFs downloaded, never sniffed by the browser.
 */
public final class FileDownload {

  private FileDownload() {}

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
