package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The rules for images in units: known by their bytes, written afresh, SVG kept to drawing. */
class ImageFileTest {

  static byte[] png(int width, int height) {
    return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  private static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width / 2, height);
    g.dispose();
    return image;
  }

  private static byte[] write(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String refusal(byte[] bytes) {
    try {
      ImageFile.accept(bytes);
      return "accepted";
    } catch (ImageFile.Refused refused) {
      return refused.key();
    }
  }

  @Test
  void aPngIsWrittenAfreshSoNothingHiddenAfterThePictureIsKept() throws Exception {
    byte[] original = png(40, 20);
    byte[] withSecret = new byte[original.length + 9];
    System.arraycopy(original, 0, withSecret, 0, original.length);
    System.arraycopy(
        "SECRET-GP".getBytes(StandardCharsets.US_ASCII), 0, withSecret, original.length, 9);

    ImageFile.Accepted accepted = ImageFile.accept(withSecret);
    assertThat(accepted.mediaType()).isEqualTo("image/png");
    assertThat(accepted.extension()).isEqualTo("png");
    assertThat(accepted.width()).isEqualTo(40);
    assertThat(accepted.height()).isEqualTo(20);
    assertThat(new String(accepted.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(accepted.bytes()));
    assertThat(back.getRGB(5, 5)).isEqualTo(Color.ORANGE.getRGB());
    assertThat(ImageFile.accept(accepted.bytes()).bytes())
        .as("accepting what was kept changes nothing, so packages read back the same")
        .isEqualTo(accepted.bytes());
  }

  @Test
  void aJpegIsWrittenAfreshAsAJpeg() throws Exception {
    byte[] jpeg = write(picture(30, 30, BufferedImage.TYPE_INT_RGB), "jpeg");
    ImageFile.Accepted accepted = ImageFile.accept(jpeg);
    assertThat(accepted.mediaType()).isEqualTo("image/jpeg");
    assertThat(accepted.extension()).isEqualTo("jpg");
    assertThat(ImageIO.read(new ByteArrayInputStream(accepted.bytes())).getWidth()).isEqualTo(30);
  }

  @Test
  void whatIsNotAnImageOrIsTooBigIsRefused() {
    assertThat(refusal("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("image.type");
    assertThat(refusal(new byte[0])).isEqualTo("image.required");
    assertThat(refusal(new byte[ImageFile.MAX_BYTES + 1])).isEqualTo("image.tooLarge");
    byte[] damaged = png(10, 10);
    java.util.Arrays.fill(damaged, 33, damaged.length, (byte) 7); // after the header
    assertThat(refusal(damaged)).isEqualTo("image.unreadable");
    assertThat(refusal(png(ImageFile.MAX_SIDE + 1, 1))).isEqualTo("image.tooWide");
  }

  @Test
  void anSvgKeepsItsDrawingAndLosesScriptsEventsAndOutsideReferences() throws Exception {
    String svg =
        """
        <?xml version="1.0"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
          <title>Two circles</title>
          <script>alert('x')</script>
          <circle id="a" cx="5" cy="5" r="4" fill="teal" onclick="steal()"/>
          <use href="#a"/>
          <use xlink:href="https://evil.example/sprite.svg#x"/>
          <image href="https://tracker.example/pixel.png"/>
          <rect width="2" height="2" style="background:url(https://evil.example)" fill="url(#g)"/>
          <foreignObject><p xmlns="http://www.w3.org/1999/xhtml">html</p></foreignObject>
          <a href="javascript:alert(1)"><text>link</text></a>
        </svg>
        """;
    ImageFile.Accepted accepted = ImageFile.accept(svg.getBytes(StandardCharsets.UTF_8));
    String kept = new String(accepted.bytes(), StandardCharsets.UTF_8);
    assertThat(accepted.mediaType()).isEqualTo("image/svg+xml");
    assertThat(kept)
        .contains("<circle", "cx=\"5\"", "fill=\"teal\"", "<title>Two circles</title>")
        .contains("href=\"#a\"")
        .contains("fill=\"url(#g)\"")
        .doesNotContain("script", "onload", "onclick", "evil.example", "tracker", "foreignObject")
        .doesNotContain("javascript", "style=");
  }

  @Test
  void anSvgWithADocumentTypeIsRefusedSoNoEntityIsExpanded() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&a;</text></svg>";
    assertThat(refusal(bomb.getBytes(StandardCharsets.UTF_8))).isEqualTo("image.unreadable");
    assertThat(refusal("<svg><unclosed>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("image.unreadable");
  }

  @Test
  void namesAndAlternativeTextFollowTheRules() {
    assertThat(ImageFile.nameFor("C:\\Users\\Ana\\Care Plan (final).PNG", "png"))
        .isEqualTo("care-plan-final.png");
    assertThat(ImageFile.nameFor("???.jpeg", "jpg")).isEqualTo("image.jpg");
    assertThat(ImageFile.isName("care-plan.png")).isTrue();
    assertThat(ImageFile.isName("../secret.png")).isFalse();
    assertThat(ImageFile.altProblem(" ")).contains("image.altRequired");
    assertThat(ImageFile.altProblem("x".repeat(ImageFile.MAX_ALT + 1)))
        .contains("image.altTooLong");
    assertThat(ImageFile.altProblem("A care plan")).isEmpty();
  }
}
