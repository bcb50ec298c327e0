package org.parity.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.parity.learning.application.Revalidation;
import org.parity.learning.application.RevalidationViews.Checklist;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.domain.Evidence;
import org.parity.learning.domain.Regulator;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageMessages;

/**
 * The page /me/revalidation: the regulator's checklist for a period, the evidence besides CPD, and
 * the records to download in the regulator's shape.
 */
@Named
@ViewScoped
public class RevalidationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Revalidation revalidation;
  @Inject PageMessages messages;

  private Regulator regulator;
  private LocalDate from;
  private LocalDate to;
  private Checklist checklist;
  private List<EvidenceView> evidence;
  private String summary;

  // the evidence form
  private Evidence.Kind kind = Evidence.Kind.FEEDBACK;
  private LocalDate date;
  private String title;
  private BigDecimal hours;
  private String details;
  private String reflection;
  private String partnerName;
  private String partnerRegistration;

  public void load() {
    if (regulator == null) {
      regulator = revalidation.regulator();
    }
    if (from == null || to == null) {
      to = LocalDate.now(java.time.ZoneId.of("Europe/London"));
      from = revalidation.periodStart(regulator);
    }
    if (date == null) {
      date = to;
    }
    summary = revalidation.summaryOfPractice();
    refresh();
  }

  public void show() {
    refresh();
  }

  private void refresh() {
    try {
      Revalidation.Record record = revalidation.record(regulator, from, to);
      checklist = record.checklist();
      evidence = record.evidence();
    } catch (InvalidInput refused) {
      messages.fieldErrors("period", refused.fieldErrors());
      checklist = null;
      evidence = List.of();
    }
  }

  public void add() {
    try {
      revalidation.add(
          new Evidence.Written(
              kind, date, title, hours, details, reflection, partnerName, partnerRegistration));
      messages.info("evidence.added");
      title = null;
      hours = null;
      details = null;
      reflection = null;
      partnerName = null;
      partnerRegistration = null;
      refresh();
    } catch (InvalidInput refused) {
      messages.fieldErrors("evidence", refused.fieldErrors());
    }
  }

  public void saveSummary() {
    try {
      revalidation.writeSummaryOfPractice(summary);
      messages.info("summary.saved");
    } catch (InvalidInput refused) {
      messages.fieldErrors("summary", refused.fieldErrors());
    }
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public void remove(long id) {
    revalidation.remove(id);
    messages.info("evidence.removed");
    refresh();
  }

  /** The downloads' query: the period shown. */
  public String getPeriodQuery() {
    return "from=" + from + "&to=" + to;
  }

  public List<Regulator> getRegulators() {
    return Arrays.asList(Regulator.values());
  }

  public List<Evidence.Kind> getKinds() {
    return Arrays.asList(Evidence.Kind.values());
  }

  public Checklist getChecklist() {
    return checklist;
  }

  public List<EvidenceView> getEvidence() {
    return evidence;
  }

  public Regulator getRegulator() {
    return regulator;
  }

  public void setRegulator(Regulator regulator) {
    this.regulator = regulator;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Evidence.Kind getKind() {
    return kind;
  }

  public void setKind(Evidence.Kind kind) {
    this.kind = kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public void setPartnerName(String partnerName) {
    this.partnerName = partnerName;
  }

  public String getPartnerRegistration() {
    return partnerRegistration;
  }

  public void setPartnerRegistration(String partnerRegistration) {
    this.partnerRegistration = partnerRegistration;
  }
}
