package org.parity.teams;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.parity.identity.domain.Account;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;

/** A closed network for the library tests, with a facilitator and a member already known. */
@Stateless
public class LibraryNetworks {

  @PersistenceContext EntityManager em;

  public String closed(String run, String facilitator, String member) {
    Instant now = Instant.now();
    LearningNetwork network =
        new LearningNetwork(
            "closed-library-" + run,
            "Closed network " + run,
            "For library tests",
            LearningNetwork.Access.CLOSED,
            List.of(),
            List.of(),
            List.of(),
            now);
    em.persist(network);
    em.persist(NetworkMembership.facilitator(network, account(facilitator), now));
    NetworkMembership membership = new NetworkMembership(network, account(member), now);
    // A closed network's member asked and was let in.
    membership.approve(facilitator, "Welcome", now);
    em.persist(membership);
    return network.getSlug();
  }

  private Account account(String email) {
    return em.createQuery("select a from Account a where a.email = :email", Account.class)
        .setParameter("email", email)
        .getSingleResult();
  }
}
