package org.parity.learning.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import org.parity.curriculum.web.TaxonomyLabels;
import org.parity.learning.application.Certificates;
import org.parity.learning.application.PublisherReports;
import org.parity.learning.application.ReportViews.CurriculumReport;
import org.parity.learning.application.ReportViews.ReportableCurriculum;
import org.parity.learning.application.ReportViews.Tally;
import org.parity.learning.domain.LearningException;
import org.parity.platform.web.ChartJs;
import org.parity.platform.web.PageMessages;

/** The page /studio/reports: a publisher's curricula, and the report on the one chosen. */
@Named
@ViewScoped
public class CurriculumReports implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PublisherReports reports;
  @Inject PageMessages messages;
  @Inject TaxonomyLabels labels;
  @Inject Certificates certificates;

  private String slug;
  private String profession;
  private String region;
  private String revokeCode;
  private String revokeReason;
  private List<ReportableCurriculum> curricula;
  private CurriculumReport report;

  public void load() {
    curricula = reports.curricula();
    if (slug != null && !slug.isBlank()) {
      try {
        report = reports.report(slug, profession, region);
      } catch (EJBAccessException e) {
        messages.error("reports.notYours");
      }
    }
  }

  /** Revokes a certificate issued for one of the caller's publishers' modules or curricula. */
  public void revoke() {
    if (revokeReason == null || revokeReason.isBlank()) {
      messages.fieldError("revoke:reason", "reports.revoke.reason");
      return;
    }
    try {
      certificates.revoke(revokeCode == null ? "" : revokeCode.strip().toUpperCase(), revokeReason);
      messages.info("reports.revoked", revokeCode.strip().toUpperCase());
      revokeCode = null;
      revokeReason = null;
    } catch (LearningException e) {
      messages.fieldError("revoke:code", "reports.revoke.unknown");
    } catch (EJBAccessException e) {
      messages.fieldError("revoke:code", "reports.revoke.notYours");
    }
  }

  /** The address of the CSV with the same filters as the page. */
  public String getCsvQuery() {
    StringBuilder query = new StringBuilder();
    if (profession != null && !profession.isBlank()) {
      query.append("profession=").append(profession);
    }
    if (region != null && !region.isBlank()) {
      query.append(query.isEmpty() ? "" : "&").append("region=").append(region);
    }
    return query.isEmpty() ? "" : "?" + query;
  }

  public String getTimeChart() {
    return chart(
        "line",
        report.byMonth(),
        false,
        messages.text("reports.enrolments"),
        messages.text("reports.completions"));
  }

  public String getProfessionChart() {
    return chart(
        "bar",
        report.byProfession(),
        true,
        messages.text("reports.enrolments"),
        messages.text("reports.completions"));
  }

  public String getRegionChart() {
    return chart(
        "bar",
        report.byRegion(),
        false,
        messages.text("reports.enrolments"),
        messages.text("reports.completions"));
  }

  public String profession(String code) {
    return "UNKNOWN".equals(code)
        ? messages.text("reports.unknown")
        : labels.of("profession", code);
  }

  public String region(String code) {
    return "UNKNOWN".equals(code) ? messages.text("reports.unknown") : labels.of("region", code);
  }

  private String chart(
      String type, List<Tally> tallies, boolean professions, String first, String second) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    JsonArrayBuilder enrolled = Json.createArrayBuilder();
    JsonArrayBuilder completed = Json.createArrayBuilder();
    for (Tally t : tallies) {
      names.add(
          type.equals("line") ? t.key() : professions ? profession(t.key()) : region(t.key()));
      enrolled.add(t.enrolments());
      completed.add(t.completions());
    }
    return ChartJs.chart(
        type,
        names,
        Json.createArrayBuilder()
            .add(ChartJs.dataset(null, first, enrolled, "#0b4f8a", "#7aa6d6"))
            .add(ChartJs.dataset(null, second, completed, "#1a7f37", "#8fd19e")),
        true);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getProfession() {
    return profession;
  }

  public void setProfession(String profession) {
    this.profession = profession;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getRevokeCode() {
    return revokeCode;
  }

  public void setRevokeCode(String revokeCode) {
    this.revokeCode = revokeCode;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public List<ReportableCurriculum> getCurricula() {
    return curricula;
  }

  public CurriculumReport getReport() {
    return report;
  }
}
