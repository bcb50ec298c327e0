package org.parity.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parity.curriculum.application.ModuleImages;
import org.parity.curriculum.application.ModuleImages.ImageBytes;

/**
 * {@code /unit-images/{id}/{name}}: an image a unit shows. A published version's images never
 * change, so browsers and proxies keep them for a year; a draft's are for its editors and reviewers
 * only and kept by nobody. Anything else is 404, as if there were no such image. An SVG is served
 * so that nothing in it could run even if opened on its own.
 */
@WebServlet(urlPatterns = "/unit-images/*")
public class UnitImages extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern ADDRESS = Pattern.compile("^/([0-9]{1,18})/([a-z0-9.-]{1,90})$");

  @Inject transient ModuleImages images;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<ImageBytes> image =
        address.matches()
            ? images.file(Long.parseLong(address.group(1)), address.group(2))
            : Optional.empty();
    if (image.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ImageBytes found = image.get();
    response.setContentType(found.mediaType());
    response.setContentLength(found.bytes().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Cache-Control",
        found.published() ? "public, max-age=31536000, immutable" : "private, no-store");
    if (found.mediaType().equals("image/svg+xml")) {
      response.setHeader(
          "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }
    response.getOutputStream().write(found.bytes());
  }
}
