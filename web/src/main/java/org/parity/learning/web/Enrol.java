package org.parity.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.parity.learning.application.LearningService;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The "Enrol" button on a curriculum or module page: enrols (or finds the enrolment), then plays.
 */
@Named
@RequestScoped
public class Enrol {

  @Inject LearningService learning;
  @Inject PageMessages messages;

  public void enrol() {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String slug = form.getOrDefault("slug", "");
    boolean module = "module".equals(form.get("kind"));
    try {
      long id = module ? learning.enrolInModule(slug) : learning.enrolInCurriculum(slug);
      PageAddress.redirect("/learn/" + id);
    } catch (OutOfTurn e) {
      messages.refused(e);
      messages.keepForNextPage();
      boolean safe = slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
      PageAddress.redirect(safe ? (module ? "/modules/" : "/curricula/") + slug : "/curricula");
    }
  }
}
