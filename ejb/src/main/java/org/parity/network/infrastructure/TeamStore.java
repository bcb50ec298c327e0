package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.EmailAddress;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamMember;

/** Local teams and their members, as stored with JPA. */
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
}
