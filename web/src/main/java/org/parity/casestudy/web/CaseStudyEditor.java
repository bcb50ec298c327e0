package org.parity.casestudy.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyViews.Draft;
import org.parity.casestudy.application.NotFound;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.casestudy.domain.FileType;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.Catalogue.ModuleLink;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * {@code /case-studies/new} and {@code /case-studies/{slug}/edit}: the author's form, saved as a
 * draft, with attachments, and submitted for review.
 */
@Named
@ViewScoped
public class CaseStudyEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseStudyAuthoring authoring;
  @Inject Catalogue catalogue;
  @Inject PageMessages messages;

  private String slug;
  private Draft draft;
  private CaseStudyForm form;
  private transient Part file;
  private transient List<ModuleLink> modules;

  public void load() {
    if (form != null) {
      return;
    }
    // Reached as /case-study-edit.xhtml, past the sign-in that /case-studies/new asks for.
    if (jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getUserPrincipal()
        == null) {
      PageAddress.notFound();
      return;
    }
    if (slug == null || slug.isBlank()) {
      form = CaseStudyForm.of(CaseStudyContent.empty());
      return;
    }
    try {
      draft = authoring.draftBySlug(slug);
      if (!draft.editable()
          && !"SUBMITTED".equals(draft.status())
          && draft.myCoAuthorship() == null) {
        PageAddress.notFound();
        return;
      }
      form = CaseStudyForm.of(draft.content());
    } catch (NotFound | EJBAccessException e) {
      PageAddress.notFound();
    }
  }

  public void save() {
    try {
      if (draft == null) {
        draft = authoring.start(form.content());
        messages.info("caseStudy.saved");
        messages.keepForNextPage();
        PageAddress.redirect("/case-studies/" + draft.slug() + "/edit");
        return;
      }
      draft = authoring.save(draft.studyId(), form.content());
      messages.info("caseStudy.saved");
    } catch (InvalidInput refused) {
      messages.fieldErrors("study", refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  public void submit() {
    try {
      if (draft == null) {
        draft = authoring.start(form.content());
      } else {
        draft = authoring.save(draft.studyId(), form.content());
      }
      draft = authoring.submit(draft.studyId());
      messages.info("caseStudy.submitted");
      messages.keepForNextPage();
      PageAddress.redirect("/case-studies/mine");
    } catch (InvalidInput refused) {
      messages.fieldErrors("study", refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  public void upload() {
    if (draft == null) {
      return;
    }
    if (file == null || file.getSize() == 0) {
      messages.fieldError("files:file", "caseStudy.error.fileEmpty");
      return;
    }
    if (file.getSize() > FileType.MAX_BYTES) {
      messages.fieldError("files:file", "caseStudy.error.fileTooLarge");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      authoring.attach(draft.studyId(), file.getSubmittedFileName(), in.readAllBytes());
      draft = authoring.draft(draft.studyId());
      messages.info("caseStudy.attached");
    } catch (InvalidInput refused) {
      refused.fieldErrors().values().forEach(key -> messages.fieldError("files:file", key));
    } catch (IOException e) {
      messages.fieldError("files:file", "caseStudy.error.fileEmpty");
    }
  }

  /** The caller, asked to be named as a co-author, agrees or declines. */
  public void answer(boolean agree) {
    try {
      draft = authoring.answerCoAuthorship(draft.studyId(), agree);
      messages.info(agree ? "caseStudy.coAuthor.agreed" : "caseStudy.coAuthor.declined");
    } catch (OutOfTurn refusal) {
      messages.refused(refusal);
    }
  }

  public void removeAttachment(long id) {
    authoring.removeAttachment(id);
    draft = authoring.draft(draft.studyId());
    messages.info("caseStudy.attachmentRemoved");
  }

  public List<ModuleLink> getModules() {
    if (modules == null) {
      modules = catalogue.modules();
    }
    return modules;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Draft getDraft() {
    return draft;
  }

  public CaseStudyForm getForm() {
    return form;
  }

  public boolean isEditable() {
    return draft == null || draft.editable();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
