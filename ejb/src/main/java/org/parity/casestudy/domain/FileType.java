package org.parity.casestudy.domain;

import java.util.Optional;
import org.parity.platform.InvalidInput;

/**
 * Recognises the files a case study may carry from their first bytes, never from the name: a text
 * file called "report.pdf" is not a PDF.
 */
public final class FileType {

  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private FileType() {}

  /** A file as accepted: its name made safe, and its type from its bytes. */
  public record Accepted(String fileName, String mediaType) {}

  /**
   * The upload rules for a case study's files, and a team's: a name of at most 200 characters (path
   * and quote characters replaced), at most 5 MB, and PDF, PNG or JPEG by its bytes; refused for
   * {@code field} otherwise.
   */
  public static Accepted accept(String field, String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_").trim();
    if (name.isEmpty() || name.length() > 200) {
      throw InvalidInput.of(field, "caseStudy.error.fileName");
    }
    if (bytes == null || bytes.length == 0) {
      throw InvalidInput.of(field, "caseStudy.error.fileEmpty");
    }
    if (bytes.length > MAX_BYTES) {
      throw InvalidInput.of(field, "caseStudy.error.fileTooLarge");
    }
    String type =
        detect(bytes).orElseThrow(() -> InvalidInput.of(field, "caseStudy.error.fileType"));
    return new Accepted(name, type);
  }

  /** The media type of an accepted file, or empty when the bytes are not PDF, PNG or JPEG. */
  public static Optional<String> detect(byte[] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    if (bytes.length >= PDF.length
        && java.util.Arrays.equals(bytes, 0, PDF.length, PDF, 0, PDF.length)) {
      return Optional.of("application/pdf");
    }
    // PNG and JPEG are known as the studio knows them for images in units.
    return org.parity.content.ImageFile.rasterType(bytes);
  }
}
