package org.parity.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.parity.learning.application.CpdLog;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.CpdViews.YearSummary;
import org.parity.learning.domain.CpdActivity;
import org.parity.learning.domain.LearningException;
import org.parity.learning.domain.ReflectiveAccount;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.ChartJs;
import org.parity.platform.web.LocaleSelection;
import org.parity.platform.web.PageMessages;

/** The page /me/cpd: the log for a period, its exports, the year's hours and the entry form. */
@Named
@ViewScoped
public class CpdPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CpdLog log;
  @Inject PageMessages messages;
  @Inject LocaleSelection locale;

  private LocalDate from;
  private LocalDate to;
  private List<EntryView> entries;
  private YearSummary year;
  private BigDecimal target;

  // the entry form: a new entry when editingId is null
  private boolean formOpen;
  private Long editingId;
  private boolean factsEditable = true;
  private String title;
  private String provider;
  private LocalDate date;
  private BigDecimal hours;
  private boolean participatory;
  private String whatHappened;
  private String whatLearned;
  private String howChanged;
  private String codeStandard;

  public void load() {
    if (from == null || to == null) {
      LocalDate today = log.today();
      from = today.withDayOfYear(1);
      to = today;
    }
    refresh();
  }

  private void refresh() {
    try {
      entries = log.entries(from, to);
    } catch (InvalidInput refused) {
      messages.fieldErrors("period", refused.fieldErrors());
      entries = List.of();
    }
    year = log.year(log.today().getYear());
    target = year.target();
  }

  public void show() {
    refresh();
  }

  public void startNew() {
    editingId = null;
    factsEditable = true;
    title = null;
    provider = null;
    date = log.today();
    hours = null;
    participatory = false;
    whatHappened = null;
    whatLearned = null;
    howChanged = null;
    codeStandard = null;
    formOpen = true;
  }

  public void edit(EntryView entry) {
    editingId = entry.id();
    factsEditable = entry.removable();
    title = entry.title();
    provider = entry.provider();
    date = entry.date();
    hours = entry.hours();
    participatory = entry.participatory();
    whatHappened = entry.whatHappened();
    whatLearned = entry.whatLearned();
    howChanged = entry.howChanged();
    codeStandard = entry.codeStandard();
    formOpen = true;
  }

  public void cancel() {
    formOpen = false;
  }

  public void save() {
    try {
      CpdActivity activity = new CpdActivity(title, provider, date, hours, participatory);
      ReflectiveAccount reflection =
          new ReflectiveAccount(whatHappened, whatLearned, howChanged, codeStandard);
      if (editingId == null) {
        log.add(activity, reflection);
        messages.info("cpd.added");
      } else {
        log.edit(editingId, activity, reflection);
        messages.info("cpd.saved");
      }
      formOpen = false;
      refresh();
    } catch (InvalidInput refused) {
      messages.fieldErrors("entry", refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  public void remove(long id) {
    try {
      log.remove(id);
      messages.info("cpd.removed");
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
    refresh();
  }

  public void saveTarget() {
    try {
      log.setTarget(target);
      messages.info("cpd.targetSaved");
    } catch (LearningException e) {
      messages.fieldError("target:hours", "cpd.target.range");
    }
    refresh();
  }

  /** The year's hours month by month, their running total and the target, as Chart.js JSON. */
  public String getChart() {
    Locale language = locale.getLocale();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder monthly = Json.createArrayBuilder();
    JsonArrayBuilder running = Json.createArrayBuilder();
    JsonArrayBuilder goal = Json.createArrayBuilder();
    BigDecimal sum = BigDecimal.ZERO;
    for (int m = 0; m < 12; m++) {
      labels.add(Month.of(m + 1).getDisplayName(TextStyle.SHORT, language));
      monthly.add(year.monthly().get(m));
      sum = sum.add(year.monthly().get(m));
      running.add(sum);
      if (year.target() != null) {
        goal.add(year.target());
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(ChartJs.dataset("bar", messages.text("cpd.chart.month"), monthly, null, "#7aa6d6"))
            .add(
                ChartJs.dataset(
                    "line", messages.text("cpd.chart.total"), running, "#0b4f8a", "#0b4f8a"));
    if (year.target() != null) {
      datasets.add(
          ChartJs.dataset("line", messages.text("cpd.chart.target"), goal, "#b42318", null)
              .add("borderDash", Json.createArrayBuilder().add(6).add(4))
              .add("pointRadius", 0));
    }
    return ChartJs.chart("bar", labels, datasets, false);
  }

  public List<String> getMonthNames() {
    Locale language = locale.getLocale();
    return java.util.stream.IntStream.rangeClosed(1, 12)
        .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.FULL, language))
        .toList();
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

  public List<EntryView> getEntries() {
    return entries;
  }

  public YearSummary getYear() {
    return year;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public boolean isFormOpen() {
    return formOpen;
  }

  public Long getEditingId() {
    return editingId;
  }

  public boolean isFactsEditable() {
    return factsEditable;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public void setParticipatory(boolean participatory) {
    this.participatory = participatory;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public String getWhatLearned() {
    return whatLearned;
  }

  public void setWhatLearned(String whatLearned) {
    this.whatLearned = whatLearned;
  }

  public String getHowChanged() {
    return howChanged;
  }

  public void setHowChanged(String howChanged) {
    this.howChanged = howChanged;
  }

  public String getCodeStandard() {
    return codeStandard;
  }

  public void setCodeStandard(String codeStandard) {
    this.codeStandard = codeStandard;
  }
}
