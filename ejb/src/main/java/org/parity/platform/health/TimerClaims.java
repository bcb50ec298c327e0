package org.parity.platform.health;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Which node runs a timer's firing, when several run Parity: every node's timer fires, and the
 * first to claim the firing in the database runs it; the others skip it. A node that dies misses
 * nothing: the next firing is claimed by a node that is alive. Firings are told apart to the
 * nearest ten seconds, so nodes whose clocks differ by less than five seconds agree on them.
 */
@Stateless
@PermitAll
public class TimerClaims {

  static final long ROUND_SECONDS = 10;
  private static final Duration KEPT = Duration.ofDays(2);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** This node's name in the cluster (WildFly's node name), or its host name. */
  public static String node() {
    String name = System.getProperty("jboss.node.name");
    if (name != null && !name.isBlank()) {
      return name;
    }
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "unknown";
    }
  }

  /** The firing a moment belongs to: the nearest ten seconds. */
  public static Instant firingAt(Instant moment) {
    long seconds = Math.floorDiv(moment.getEpochSecond() + ROUND_SECONDS / 2, ROUND_SECONDS);
    return Instant.ofEpochSecond(seconds * ROUND_SECONDS);
  }

  /**
   * Claims the timer's firing for this node, committed at once; true when this node runs it. A node
   * that loses a race at the same instant fails at commit, which its caller takes as a no.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String timer, Instant firing, String node) {
    if (em.find(TimerClaim.class, TimerClaim.idOf(timer, firing)) != null) {
      return false;
    }
    Instant now = clock.instant();
    em.persist(new TimerClaim(timer, firing, node, now));
    em.flush();
    em.createQuery("delete from TimerClaim c where c.claimedAt < :before")
        .setParameter("before", now.minus(KEPT))
        .executeUpdate();
    return true;
  }

  /** The node that ran the timer's firing, if one did. */
  public java.util.Optional<String> ranBy(String timer, Instant firing) {
    return java.util.Optional.ofNullable(em.find(TimerClaim.class, TimerClaim.idOf(timer, firing)))
        .map(TimerClaim::getNode);
  }
}
