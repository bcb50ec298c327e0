package org.parity.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.content.Problem;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.InvalidPackageException;
import org.parity.curriculum.application.OutcomeFrameworks;
import org.parity.curriculum.application.OutcomeMappings;
import org.parity.curriculum.application.OutcomeViews.FrameworkView;
import org.parity.curriculum.application.OutcomeViews.MappingView;
import org.parity.curriculum.application.OutcomeViews.Owner;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The studio's outcome frameworks: the caller's publishers' frameworks (drafted from a CSV or YAML
 * file or typed outcomes, then published), the mappings waiting for their answer, and a way into
 * mapping any published module.
 */
@Named
@RequestScoped
public class FrameworkDesk {

  /** A framework file is a few kilobytes; a megabyte is plenty. */
  private static final int MAX_FILE = 1024 * 1024;

  @Inject OutcomeFrameworks frameworks;
  @Inject OutcomeMappings mappings;
  @Inject Catalogue catalogue;
  @Inject PageMessages messages;

  private Long ownerId;
  private String title;
  private String version;
  private String typed;
  private Part file;
  private List<Problem> problems = List.of();
  private final Map<Long, String> comments = new HashMap<>();
  private List<FrameworkView> mine;
  private List<MappingView> waiting;

  public void draft() {
    byte[] bytes = read();
    String name = file == null ? null : file.getSubmittedFileName();
    try {
      if (StudioStep.run(
          messages,
          "draft",
          () ->
              frameworks.draft(
                  ownerId == null ? -1 : ownerId,
                  title,
                  version,
                  new OutcomeFrameworks.Source(name, bytes, typed)),
          "frameworks.drafted")) {
        title = null;
        version = null;
        typed = null;
        mine = null;
      }
    } catch (InvalidPackageException refused) {
      problems = refused.problems();
      messages.error("frameworks.problems", problems.size());
    }
  }

  public void publish(long id) {
    if (StudioStep.run(
        messages, "mine", () -> frameworks.publish(id), "frameworks.publishedDone")) {
      mine = null;
    }
  }

  public void discard(long id) {
    if (StudioStep.run(messages, "mine", () -> frameworks.discard(id), "frameworks.discarded")) {
      mine = null;
    }
  }

  public void accept(long id, int row) {
    answer(id, row, true);
  }

  public void decline(long id, int row) {
    answer(id, row, false);
  }

  private void answer(long id, int row, boolean accept) {
    String comment = comments.get(id);
    if (StudioStep.run(
        messages,
        "waiting:rows:" + row,
        () -> {
          if (accept) {
            mappings.accept(id, comment, PageAddress.base());
          } else {
            mappings.decline(id, comment, PageAddress.base());
          }
        },
        accept ? "frameworks.accepted" : "frameworks.declined")) {
      comments.remove(id);
      waiting = null;
    }
  }

  private byte[] read() {
    if (file == null || file.getSize() == 0) {
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(MAX_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<FrameworkView> getMine() {
    if (mine == null) {
      mine = frameworks.mine();
    }
    return mine;
  }

  public List<MappingView> getWaiting() {
    if (waiting == null) {
      waiting = mappings.waiting();
    }
    return waiting;
  }

  public List<Owner> getOwners() {
    return frameworks.owners();
  }

  public List<FrameworkView> getPublished() {
    return frameworks.published();
  }

  public List<Catalogue.ModuleLink> getModules() {
    return catalogue.modules();
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getTyped() {
    return typed;
  }

  public void setTyped(String typed) {
    this.typed = typed;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
