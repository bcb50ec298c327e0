package org.parity.casestudy.domain;

import java.util.Optional;

/**
 * Recognises the files a case study may carry from their first bytes, never from the name: a text
 * file called "report.pdf" is not a PDF.
 */
public final class FileType {

  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private FileType() {}

  /** The media type of an accepted file, or empty when the bytes are not PDF, PNG or JPEG. */
  public static Optional<String> detect(byte[] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    if (startsWith(bytes, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(bytes, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
