package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.network.application.Programmes;
import org.parity.network.application.Programmes.ProgrammeView;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/programmes/{id}: a programme's sessions and the teams registered; a
 * team's lead registers the team. Read from its address on every request.
 */
@Named
@RequestScoped
public class ProgrammePage {

  @Inject Programmes programmes;
  @Inject PageMessages messages;

  private String slug;
  private Long id;
  private ProgrammeView programme;
  private Long team;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    if (slug != null && id != null) {
      try {
        programme = programmes.read(slug, id);
      } catch (EJBAccessException notHere) {
        programme = null;
      }
    }
  }

  /** A programme that is not there, or not for this reader, is a 404. */
  public void load() {
    if (programme == null) {
      PageAddress.notFound();
    }
  }

  /** The lead registers the chosen team for every session. */
  public void registerTeam() {
    if (messages.attempt(
        () -> programmes.registerTeam(slug, id, team), "programme.teamRegistered", "register")) {
      programme = programmes.read(slug, id);
      team = null;
    }
  }

  public ProgrammeView getProgramme() {
    return programme;
  }

  public Long getTeam() {
    return team;
  }

  public void setTeam(Long team) {
    this.team = team;
  }
}
