package org.parity.casestudy.domain;

import java.util.Optional;

/**
 * Recognises the files a case study may carry from their first bytes, never from the name: a text
 * file called "report.pdf" is not a PDF.
 */
public final class FileType {

  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private FileType() {}

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
