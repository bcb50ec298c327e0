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
  @Inject org.parity.curriculum.application.CurriculumStudioService curriculumStudio;
  @Inject PageMessages messages;

  private Long ownerId;
  private String slug;
  private String title;
  private List<Desk> desks;
  private List<ModuleRow> modules;
  private List<ModuleRow> queue;
  private List<ModuleRow> curricula;
  private Long leadId;
  private String curriculumSlug;
  private String curriculumTitle;

  public void createCurriculum() {
    try {
      long versionId =
          curriculumStudio.createCurriculum(
              leadId == null ? -1 : leadId, curriculumSlug, curriculumTitle);
      PageAddress.redirect("/studio/curriculum?v=" + versionId);
    } catch (InvalidInput refused) {
      messages.fieldErrors("newCurriculum", refused.fieldErrors());
    }
  }

  public List<ModuleRow> getCurricula() {
    if (curricula == null) {
      curricula = curriculumStudio.myCurricula();
    }
    return curricula;
  }

  public Long getLeadId() {
    return leadId;
  }

  public void setLeadId(Long leadId) {
    this.leadId = leadId;
  }

  public String getCurriculumSlug() {
    return curriculumSlug;
  }

  public void setCurriculumSlug(String curriculumSlug) {
    this.curriculumSlug = curriculumSlug;
  }

  public String getCurriculumTitle() {
    return curriculumTitle;
  }

  public void setCurriculumTitle(String curriculumTitle) {
    this.curriculumTitle = curriculumTitle;
  }

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
