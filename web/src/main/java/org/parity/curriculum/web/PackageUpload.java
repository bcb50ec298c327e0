package org.parity.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.parity.content.PackageFiles;
import org.parity.content.Problem;
import org.parity.curriculum.application.InvalidPackageException;
import org.parity.curriculum.application.PackageExchange;
import org.parity.platform.web.PageMessages;

/**
 * The studio's package upload: a zip in, drafts out, or every problem listed and nothing stored.
 */
@Named
@RequestScoped
public class PackageUpload {

  @Inject PackageExchange packages;
  @Inject PageMessages messages;

  private Part file;
  private List<Problem> problems = List.of();

  public void upload() {
    if (file == null || file.getSize() == 0) {
      messages.fieldError("upload:file", "studio.upload.choose");
      return;
    }
    if (file.getSize() > PackageFiles.MAX_BYTES) {
      messages.fieldError("upload:file", "studio.upload.tooLarge");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      var installed = packages.upload(in.readAllBytes());
      messages.info("studio.upload.done", installed.size());
    } catch (InvalidPackageException refused) {
      problems = refused.problems();
      messages.error("studio.upload.refused", problems.size());
    } catch (IOException e) {
      messages.error("studio.upload.unreadable");
    }
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
