package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.network.domain.EventProgramme;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.ProgrammeTeam;
import org.parity.network.domain.Team;

/** Network events and their registrations, as stored with JPA. */
@Dependent
public class NetworkEventStore {

  @PersistenceContext EntityManager em;

  public void add(NetworkEvent event) {
    em.persist(event);
  }

  public Optional<NetworkEvent> event(long id) {
    return Optional.ofNullable(em.find(NetworkEvent.class, id));
  }

  /**
   * The event, locked until the transaction ends: registrations for the last place queue up here
   * instead of both taking it.
   */
  public Optional<NetworkEvent> eventForUpdate(long id) {
    return Optional.ofNullable(em.find(NetworkEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<EventRegistration> registration(long id) {
    return Optional.ofNullable(em.find(EventRegistration.class, id));
  }

  /** Events not yet over (under way or to come), soonest first. */
  public List<NetworkEvent> upcoming(LearningNetwork network, Instant now, int first, int max) {
    return em.createNamedQuery("NetworkEvent.findUpcoming", NetworkEvent.class)
        .setParameter("network", network)
        .setParameter("now", now)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countUpcoming(LearningNetwork network, Instant now) {
    return em.createNamedQuery("NetworkEvent.countUpcoming", Long.class)
        .setParameter("network", network)
        .setParameter("now", now)
        .getSingleResult();
  }

  /** Events that are over, latest first. */
  public List<NetworkEvent> past(LearningNetwork network, Instant now, int first, int max) {
    return em.createNamedQuery("NetworkEvent.findPast", NetworkEvent.class)
        .setParameter("network", network)
        .setParameter("now", now)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countPast(LearningNetwork network, Instant now) {
    return em.createNamedQuery("NetworkEvent.countPast", Long.class)
        .setParameter("network", network)
        .setParameter("now", now)
        .getSingleResult();
  }

  public List<NetworkEvent> withTitle(LearningNetwork network, String title) {
    return em.createNamedQuery("NetworkEvent.findByTitle", NetworkEvent.class)
        .setParameter("network", network)
        .setParameter("title", title)
        .getResultList();
  }

  /** How many of the network's events each person attended, by account id. */
  public Map<Long, Long> attendanceIn(LearningNetwork network) {
    Map<Long, Long> attended = new HashMap<>();
    em.createQuery(
            "select r.account.id, count(r) from EventRegistration r where r.event.network ="
                + " :network and r.attended = true group by r.account.id",
            Object[].class)
        .setParameter("network", network)
        .getResultList()
        .forEach(row -> attended.put((Long) row[0], (Long) row[1]));
    return attended;
  }

  public void add(Object programmeOrTeam) {
    em.persist(programmeOrTeam);
  }

  public List<EventProgramme> programmes(LearningNetwork network) {
    return em.createNamedQuery("EventProgramme.ofNetwork", EventProgramme.class)
        .setParameter("network", network)
        .getResultList();
  }

  public Optional<EventProgramme> programme(long id) {
    return Optional.ofNullable(em.find(EventProgramme.class, id));
  }

  /** A programme's sessions, in time order. */
  public List<NetworkEvent> sessions(EventProgramme programme) {
    return em.createNamedQuery("NetworkEvent.sessionsOf", NetworkEvent.class)
        .setParameter("programme", programme)
        .getResultList();
  }

  public List<ProgrammeTeam> teams(EventProgramme programme) {
    return em.createNamedQuery("ProgrammeTeam.ofProgramme", ProgrammeTeam.class)
        .setParameter("programme", programme)
        .getResultList();
  }

  public List<ProgrammeTeam> programmesOf(Team team) {
    return em.createNamedQuery("ProgrammeTeam.ofTeam", ProgrammeTeam.class)
        .setParameter("team", team)
        .getResultList();
  }
}
