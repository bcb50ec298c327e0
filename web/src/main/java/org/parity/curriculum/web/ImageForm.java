package org.parity.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.parity.content.ImageFile;
import org.parity.curriculum.application.ModuleImages;
import org.parity.platform.web.PageMessages;

/**
 * The module page's image form: a PNG, JPEG or SVG with its alternative text, added to the draft;
 * and removing one no unit shows.
 */
@Named
@RequestScoped
public class ImageForm {

  @Inject ModuleEditor editor;
  @Inject ModuleImages images;
  @Inject PageMessages messages;

  private Part file;
  private String alt;

  public void add() {
    byte[] bytes = read();
    String name = file == null ? null : file.getSubmittedFileName();
    if (editor.change(
        "images", () -> images.add(editor.getVersionId(), name, bytes, alt), "image.added")) {
      alt = null;
    }
  }

  public void remove(long imageId) {
    editor.change("images", () -> images.remove(editor.getVersionId(), imageId), "image.removed");
  }

  /** At most one byte over the limit is read: enough to refuse a bigger file. */
  private byte[] read() {
    if (file == null || file.getSize() == 0) {
      return new byte[0];
    }
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(ImageFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getAlt() {
    return alt;
  }

  public void setAlt(String alt) {
    this.alt = alt;
  }
}
