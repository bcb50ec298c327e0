package org.parity.casestudy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

  @Test
  void recognisesAPdfFromItsFirstBytes() {
    assertThat(FileType.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
        .contains("application/pdf");
  }

  @Test
  void recognisesPngAndJpeg() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    assertThat(FileType.detect(png)).contains("image/png");
    assertThat(FileType.detect(jpeg)).contains("image/jpeg");
  }

  @Test
  void refusesTextWhateverItsNameSays() {
    assertThat(FileType.detect("This is not really a PDF.".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(
            FileType.detect(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void refusesEmptyAndTruncatedFiles() {
    assertThat(FileType.detect(new byte[0])).isEmpty();
    assertThat(FileType.detect(null)).isEmpty();
    assertThat(FileType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
  }
}
