package org.parity.curriculum.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.parity.curriculum.application.OutcomeMappings;
import org.parity.curriculum.application.OutcomeViews.FrameworkView;
import org.parity.curriculum.application.OutcomeViews.ModuleOutcomes;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * A module's learning outcomes and their mappings to frameworks (/studio/outcomes?module=slug), for
 * editors of the module's publisher and of any framework's publisher: propose, see the answer,
 * withdraw.
 */
@Named
@RequestScoped
public class ModuleOutcomesPage {

  @Inject OutcomeMappings mappings;
  @Inject PageMessages messages;

  private String module;
  private ModuleOutcomes outcomes;
  private Integer position;
  private Long frameworkOutcome;

  public void load() {
    try {
      outcomes = mappings.forModule(module);
    } catch (InvalidInput unknown) {
      PageAddress.notFound();
    } catch (EJBAccessException e) {
      PageAddress.forbidden();
    }
  }

  public void propose() {
    if (StudioStep.run(
        messages,
        "propose",
        () ->
            mappings.propose(
                module,
                position == null ? 0 : position,
                frameworkOutcome == null ? -1 : frameworkOutcome,
                PageAddress.base()),
        "frameworks.proposed")) {
      position = null;
      frameworkOutcome = null;
    }
    outcomes = null;
  }

  public void remove(long id) {
    StudioStep.run(messages, "mappings", () -> mappings.remove(id), "frameworks.removed");
    outcomes = null;
  }

  /** The outcomes the caller may map to, grouped by framework. */
  public List<SelectItem> getChoices() {
    List<SelectItem> groups = new ArrayList<>();
    for (FrameworkView f : getOutcomes().choices()) {
      SelectItemGroup group = new SelectItemGroup(f.label() + " (" + f.owner() + ")");
      group.setSelectItems(
          f.outcomes().stream()
              .map(o -> new SelectItem(o.id(), o.code() + " " + o.title()))
              .toArray(SelectItem[]::new));
      groups.add(group);
    }
    return groups;
  }

  /**
   * Read again on a form's post from the page's address (forms post back to it), so this bean holds
   * nothing between requests.
   */
  public ModuleOutcomes getOutcomes() {
    if (outcomes == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
      if (module == null) {
        module = PageAddress.parameter("module");
      }
      outcomes = mappings.forModule(module);
    }
    return outcomes;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public Long getFrameworkOutcome() {
    return frameworkOutcome;
  }

  public void setFrameworkOutcome(Long frameworkOutcome) {
    this.frameworkOutcome = frameworkOutcome;
  }
}
