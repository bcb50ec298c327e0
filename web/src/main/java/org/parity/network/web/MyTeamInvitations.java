package org.parity.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.network.application.TeamViews.TeamSummary;
import org.parity.network.application.Teams;

/** The teams that invited the signed-in person, for their dashboard at /me. */
@Named
@RequestScoped
public class MyTeamInvitations {

  @Inject Teams teams;

  private List<TeamSummary> list;

  public List<TeamSummary> getList() {
    if (list == null) {
      list = teams.myInvitations();
    }
    return list;
  }
}
