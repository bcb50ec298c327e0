package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.EmailAddress;
import org.parity.network.domain.ActionPlan;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamFile;
import org.parity.network.domain.TeamMember;

/** Local teams, their members and files, as stored with JPA. */
@Dependent
public class TeamStore {

  @PersistenceContext EntityManager em;

  public void add(Team team) {
    em.persist(team);
  }

  /** Writes pending changes now, so that new members have their ids. */
  public void flush() {
    em.flush();
  }

  public Optional<Team> team(long id) {
    return Optional.ofNullable(em.find(Team.class, id));
  }

  /** The team of that id if it belongs to the network. */
  public Optional<Team> team(LearningNetwork network, long id) {
    return team(id).filter(t -> t.getNetwork().getId().equals(network.getId()));
  }

  public void add(TeamFile file) {
    em.persist(file);
  }

  public void remove(TeamFile file) {
    em.remove(file);
  }

  public Optional<TeamFile> file(long id) {
    return Optional.ofNullable(em.find(TeamFile.class, id));
  }

  public List<TeamFile> files(Team team) {
    return em.createNamedQuery("TeamFile.ofTeam", TeamFile.class)
        .setParameter("team", team)
        .getResultList();
  }

  public List<Team> ofNetwork(LearningNetwork network) {
    return em.createNamedQuery("Team.ofNetwork", Team.class)
        .setParameter("network", network)
        .getResultList();
  }

  /** Open invitations to this address, in teams still open. */
  public List<TeamMember> invitationsOf(String email) {
    return em.createNamedQuery("TeamMember.invitationsOf", TeamMember.class)
        .setParameter("email", EmailAddress.normalise(email))
        .getResultList();
  }

  public void add(ActionPlan plan) {
    em.persist(plan);
  }

  public Optional<ActionPlan> plan(Team team) {
    return em.createNamedQuery("ActionPlan.ofTeam", ActionPlan.class)
        .setParameter("team", team)
        .getResultStream()
        .findFirst();
  }

  /** Plans still being written, of open teams: where actions may be overdue. */
  public List<ActionPlan> plansInProgress() {
    return em.createNamedQuery("ActionPlan.inProgress", ActionPlan.class).getResultList();
  }
}
