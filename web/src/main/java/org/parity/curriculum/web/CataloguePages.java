package org.parity.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.CatalogueViews.CurriculumDetail;
import org.parity.curriculum.application.CatalogueViews.ModuleDetail;
import org.parity.platform.web.PageAddress;

/** The pages /curricula/{slug} and /modules/{slug}: a 404 when nothing is published there. */
@Named
@RequestScoped
public class CataloguePages {

  @Inject Catalogue catalogue;

  private CurriculumDetail curriculum;
  private ModuleDetail module;

  public void loadCurriculum() {
    curriculum = found(catalogue.curriculum(slug()));
  }

  public void loadModule() {
    module = found(catalogue.module(slug()));
  }

  private static String slug() {
    Object slug =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(CurriculumAddresses.SLUG);
    return slug == null ? "" : slug.toString();
  }

  private static <T> T found(Optional<T> value) {
    if (value.isEmpty()) {
      PageAddress.notFound();
      return null;
    }
    return value.get();
  }

  public CurriculumDetail getCurriculum() {
    return curriculum;
  }

  public ModuleDetail getModule() {
    return module;
  }

  /** The module's review-by date as the reader's language writes it, for the overdue notice. */
  public String getReviewByText() {
    if (module == null || module.reviewBy() == null) {
      return "";
    }
    return module
        .reviewBy()
        .format(
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }
}
