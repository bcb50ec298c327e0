package org.parity.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.network.application.TeamViews.TeamSummary;
import org.parity.network.application.Teams;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The network page's teams: the list, and starting one (which opens its page). */
@Named
@RequestScoped
public class NetworkTeams {

  @Inject Teams teams;
  @Inject PageMessages messages;

  private List<TeamSummary> list;
  private String name;
  private String place;
  private String problem;
  private List<String> areas;

  public void create() {
    String slug = PageAddress.parameter("slug");
    try {
      long id = teams.create(slug, name, place, problem, areas);
      messages.info("team.created");
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug + "/teams/" + id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("newTeam", refused.fieldErrors());
    } catch (jakarta.ejb.EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  public List<TeamSummary> getList() {
    if (list == null) {
      list = teams.of(PageAddress.parameter("slug"));
    }
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas;
  }
}
