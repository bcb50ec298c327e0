package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;

/** Networks and memberships, as stored with JPA. */
@Dependent
public class Networks {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public List<LearningNetwork> all() {
    return em.createNamedQuery("LearningNetwork.findAll", LearningNetwork.class).getResultList();
  }

  public Optional<LearningNetwork> bySlug(String slug) {
    return em.createNamedQuery("LearningNetwork.findBySlug", LearningNetwork.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<NetworkMembership> membership(LearningNetwork network, Account account) {
    return em.createNamedQuery("NetworkMembership.find", NetworkMembership.class)
        .setParameter("network", network)
        .setParameter("account", account)
        .getResultStream()
        .findFirst();
  }

  public Optional<NetworkMembership> membership(long id) {
    return Optional.ofNullable(em.find(NetworkMembership.class, id));
  }

  public List<NetworkMembership> withStatus(
      LearningNetwork network, NetworkMembership.Status status) {
    return em.createNamedQuery("NetworkMembership.findByStatus", NetworkMembership.class)
        .setParameter("network", network)
        .setParameter("status", status)
        .getResultList();
  }

  public List<ForumCategory> categories(LearningNetwork network) {
    return em.createNamedQuery("ForumCategory.findByNetwork", ForumCategory.class)
        .setParameter("network", network)
        .getResultList();
  }

  public Optional<ForumCategory> category(long id) {
    return Optional.ofNullable(em.find(ForumCategory.class, id));
  }

  /** A page of the network's threads, latest activity first. */
  public List<ForumThread> threads(LearningNetwork network, int first, int max) {
    return em.createNamedQuery("ForumThread.findByNetwork", ForumThread.class)
        .setParameter("network", network)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long threadCount(LearningNetwork network) {
    return em.createNamedQuery("ForumThread.countByNetwork", Long.class)
        .setParameter("network", network)
        .getSingleResult();
  }

  public Optional<ForumThread> thread(long id) {
    return Optional.ofNullable(em.find(ForumThread.class, id));
  }

  /** Posts numbered {@code first} to {@code last} of a thread: a page, found by number. */
  public List<ForumPost> posts(ForumThread thread, int first, int last) {
    return em.createNamedQuery("ForumPost.findPage", ForumPost.class)
        .setParameter("thread", thread)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  /** Active members of every network, by network id. */
  public Map<Long, Long> memberCounts() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("NetworkMembership.countActive", Object[].class).getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }
}
