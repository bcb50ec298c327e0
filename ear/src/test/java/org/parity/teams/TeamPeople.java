package org.parity.teams;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;

/**
 * Two networks and their people for the team tests, written as the pages would leave them: a lead
 * and a member of the first, its facilitator, another network's facilitator, an outsider, and an
 * address invited.
 */
@Stateless
public class TeamPeople {

  /** The roles the people here call the services with. */
  public static final java.util.Set<String> MEMBER = java.util.Set.of("LEARNER", "MEMBER");

  /** The address mailed links start with. */
  public static final String BASE = "http://parity.test";

  /** A starter module a team enrols on. */
  public static final String MUS = "module:medically-unexplained-symptoms-in-primary-care";

  public record Made(
      String network,
      String lead,
      String member,
      String facilitator,
      String otherFacilitator,
      String outsider,
      String invited) {}

  @PersistenceContext EntityManager em;

  public Made make(String run) {
    Instant now = Instant.now();
    LearningNetwork network = network("teams-" + run, now);
    LearningNetwork other = network("other-teams-" + run, now);
    Made made =
        new Made(
            network.getSlug(),
            "lead-" + run + "@example.org",
            "member-" + run + "@example.org",
            "facilitator-" + run + "@example.org",
            "other-facilitator-" + run + "@example.org",
            "outsider-" + run + "@example.org",
            "invited-" + run + "@example.org");
    em.persist(new NetworkMembership(network, account(made.lead(), now), now));
    em.persist(new NetworkMembership(network, account(made.member(), now), now));
    em.persist(NetworkMembership.facilitator(network, account(made.facilitator(), now), now));
    em.persist(NetworkMembership.facilitator(other, account(made.otherFacilitator(), now), now));
    account(made.outsider(), now);
    return made;
  }

  private LearningNetwork network(String slug, Instant now) {
    LearningNetwork network =
        new LearningNetwork(
            slug,
            "Network " + slug,
            "For team tests",
            LearningNetwork.Access.OPEN,
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            now);
    em.persist(network);
    em.persist(new org.parity.network.domain.ForumCategory(network, "General", "Anything", 0));
    return network;
  }

  /** Makes someone (with an account made if need be) an active member of the network. */
  public void joinNetwork(String email, String networkSlug) {
    account(email);
    LearningNetwork network =
        em.createQuery(
                "select n from LearningNetwork n where n.slug = :slug", LearningNetwork.class)
            .setParameter("slug", networkSlug)
            .getSingleResult();
    org.parity.identity.domain.Account person =
        em.createQuery(
                "select a from Account a where a.email = :email",
                org.parity.identity.domain.Account.class)
            .setParameter("email", email)
            .getSingleResult();
    em.persist(new NetworkMembership(network, person, Instant.now()));
  }

  /** The titles of the person's CPD log entries, oldest first. */
  public java.util.List<String> cpdTitlesOf(String email) {
    return em.createQuery(
            "select e.title from CpdEntry e where e.learner.email = :email order by e.id",
            String.class)
        .setParameter("email", email)
        .getResultList();
  }

  /** How many forum notifications (about posts) the person has. */
  public long forumNotificationsOf(String email) {
    return em.createQuery(
            "select count(n) from Notification n where n.account.email = :email", Long.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  /** The id of the network's one forum topic. */
  public long topic(String networkSlug) {
    return em.createQuery(
            "select c.id from ForumCategory c where c.network.slug = :slug and c.team is null",
            Long.class)
        .setParameter("slug", networkSlug)
        .getSingleResult();
  }

  /** Makes the person's enrolments look untouched for that many days. */
  public void quietFor(String email, int days) {
    em.createNativeQuery(
            "UPDATE enrolment SET last_activity_at = ?1"
                + " WHERE learner_id = (SELECT id FROM account WHERE email = ?2)")
        .setParameter(1, Instant.now().minus(java.time.Duration.ofDays(days)))
        .setParameter(2, email)
        .executeUpdate();
  }

  /** Makes the actions this person owns fall due that many days ago. */
  public void actionsDueDaysAgo(String owner, int days) {
    em.createNativeQuery("UPDATE plan_action SET due = ?1 WHERE owner = ?2")
        .setParameter(1, java.time.LocalDate.now().minusDays(days))
        .setParameter(2, owner)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public java.util.List<String> subjectsOfMailTo(String email) {
    return em.createNativeQuery("SELECT subject FROM outgoing_mail WHERE recipient = ?1")
        .setParameter(1, email)
        .getResultList();
  }

  public java.util.List<String> bodiesOfMailTo(String email) {
    return em.createQuery(
            "select m.body from OutgoingMail m where m.recipient = :email", String.class)
        .setParameter("email", email)
        .getResultList();
  }

  public java.util.List<String> noticesOf(String email) {
    return em
        .createQuery(
            "select n.kind from Notice n where n.account.email = :email order by n.id",
            org.parity.network.domain.Notice.Kind.class)
        .setParameter("email", email)
        .getResultList()
        .stream()
        .map(Enum::name)
        .toList();
  }

  /** An account for an address invited before it had one (none made if it has one). */
  public void account(String email) {
    boolean known =
        !em.createQuery("select a.id from Account a where a.email = :email", Long.class)
            .setParameter("email", email)
            .getResultList()
            .isEmpty();
    if (!known) {
      account(email, Instant.now());
    }
  }

  private Account account(String email, Instant now) {
    Account account =
        new Account(email, new Profile("Person " + email, "GP", null, null, null, null), "x", now);
    em.persist(account);
    return account;
  }
}
