package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.application.StudioViews.Desk;
import org.parity.curriculum.application.StudioViews.ModuleRow;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The /studio page: the caller's modules, the review queue, and a new module. */
@Named
@ViewScoped
public class StudioDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StudioService studio;
  @Inject PageMessages messages;

  private Long ownerId;
  private String slug;
  private String title;
  private List<Desk> desks;
  private List<ModuleRow> modules;
  private List<ModuleRow> queue;

  public void create() {
    try {
      long versionId = studio.createModule(ownerId == null ? -1 : ownerId, slug, title);
      PageAddress.redirect("/studio/module?v=" + versionId);
    } catch (InvalidInput refused) {
      messages.fieldErrors("newModule", refused.fieldErrors());
    }
  }

  public List<Desk> getDesks() {
    if (desks == null) {
      desks = studio.desks();
    }
    return desks;
  }

  public List<ModuleRow> getModules() {
    if (modules == null) {
      modules = studio.myModules();
    }
    return modules;
  }

  public List<ModuleRow> getQueue() {
    if (queue == null) {
      queue = studio.reviewQueue();
    }
    return queue;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
