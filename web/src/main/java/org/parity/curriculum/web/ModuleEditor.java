package org.parity.curriculum.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.application.ModuleImages;
import org.parity.curriculum.application.ModuleImages.ImageRow;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.application.StudioViews.ModuleWork;
import org.parity.curriculum.application.StudioViews.UnitRow;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.text.Markdown;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;
import org.primefaces.event.ReorderEvent;

/**
 * The /studio/module page: the module version being worked on, its units and questions tables and
 * its review. Each of the page's three forms has a bean of its own ({@link ModuleDetailsForm},
 * {@link UnitForm}, {@link QuestionForm}) that makes its change through {@link #change}.
 */
@Named
@ViewScoped
public class ModuleEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StudioService studio;
  @Inject ModuleImages moduleImages;
  @Inject PageMessages messages;

  private Long versionId;
  private ModuleWork work;
  private String comment;
  private transient List<ImageRow> images;

  public void load() {
    if (versionId == null) {
      return;
    }
    try {
      work = studio.module(versionId);
    } catch (InvalidInput | EJBAccessException refused) {
      work = null;
      messages.error("studio.versionUnknown");
    }
  }

  /**
   * Makes one change to the version and says on the page how it went (beside the fields of {@code
   * formId} when refused); the page then shows the version as it now is. True when made.
   */
  boolean change(String formId, Runnable change, String successKey) {
    boolean made = StudioStep.run(messages, formId, change, successKey);
    if (made) {
      comment = null;
    }
    work = studio.module(versionId);
    images = null;
    return made;
  }

  /** The version's images, as the page lists them and the unit preview shows them. */
  public List<ImageRow> getImages() {
    if (images == null && work != null) {
      images = moduleImages.of(versionId);
    }
    return images == null ? List.of() : images;
  }

  /** How a unit's Markdown shows the version's images, for the preview. */
  Map<String, Markdown.ImageLink> imageLinks() {
    Map<String, Markdown.ImageLink> links = new LinkedHashMap<>();
    getImages().forEach(i -> links.put(i.name(), new Markdown.ImageLink(i.src(), i.alt())));
    return links;
  }

  public void moveUnit(long unitId, int by) {
    change("units", () -> studio.moveUnit(versionId, unitId, by), null);
  }

  public void removeUnit(long unitId) {
    change("units", () -> studio.removeUnit(versionId, unitId), "studio.unitRemoved");
  }

  /** Drag and drop in the units table: the table's new order, sent whole. */
  public void onUnitReorder(ReorderEvent event) {
    List<Long> ids = new ArrayList<>(work.units().stream().map(UnitRow::id).toList());
    Long moved = ids.remove(event.getFromIndex());
    ids.add(event.getToIndex(), moved);
    change("units", () -> studio.reorderUnits(versionId, ids), null);
  }

  public void removeQuestion(long questionId) {
    change("questions", () -> studio.removeQuestion(versionId, questionId), null);
  }

  public void submit() {
    change(
        "review", () -> studio.submit(versionId, comment, PageAddress.base()), "studio.submitted");
  }

  public void returnToEditors() {
    change("review", () -> studio.returnWithComment(versionId, comment), "studio.returned");
  }

  public void publish() {
    change("review", () -> studio.publish(versionId, comment), "studio.published");
  }

  public void startNewDraft() {
    try {
      long draft = studio.startNewDraft(versionId);
      PageAddress.redirect("/studio/module?v=" + draft);
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  public ModuleWork getWork() {
    return work;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
