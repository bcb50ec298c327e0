package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.EmailAddress;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.LibraryFile;
import org.parity.network.domain.LibraryResource;
import org.parity.network.domain.NetworkEvent;

/** Networks' libraries: their entries, suggestions and PDFs, as stored with JPA. */
@Dependent
public class Library {

  @PersistenceContext EntityManager em;

  public void add(LibraryResource resource) {
    em.persist(resource);
  }

  public void add(LibraryFile file) {
    em.persist(file);
  }

  /** Writes pending changes now, so that a new entry has its id. */
  public void flush() {
    em.flush();
  }

  /** The entry of that id if it belongs to the network. */
  public Optional<LibraryResource> resource(LearningNetwork network, long id) {
    return resource(id).filter(r -> r.getNetwork().getId().equals(network.getId()));
  }

  public Optional<LibraryResource> resource(long id) {
    return Optional.ofNullable(em.find(LibraryResource.class, id));
  }

  /** One page of the network's library, newest first, of those kinds and with that tag if any. */
  public List<LibraryResource> accepted(
      LearningNetwork network,
      Collection<LibraryResource.Kind> kinds,
      String tag,
      int first,
      int max) {
    TypedQuery<LibraryResource> query =
        em.createNamedQuery(
                tag == null ? "LibraryResource.ofNetwork" : "LibraryResource.ofNetworkTagged",
                LibraryResource.class)
            .setParameter("network", network)
            .setParameter("kinds", kinds);
    if (tag != null) {
      query.setParameter("tag", tag);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countAccepted(
      LearningNetwork network, Collection<LibraryResource.Kind> kinds, String tag) {
    TypedQuery<Long> query =
        em.createNamedQuery(
                tag == null
                    ? "LibraryResource.countOfNetwork"
                    : "LibraryResource.countOfNetworkTagged",
                Long.class)
            .setParameter("network", network)
            .setParameter("kinds", kinds);
    if (tag != null) {
      query.setParameter("tag", tag);
    }
    return query.getSingleResult();
  }

  /** Suggestions waiting for a facilitator, oldest first. */
  public List<LibraryResource> suggested(LearningNetwork network) {
    return em.createNamedQuery("LibraryResource.suggested", LibraryResource.class)
        .setParameter("network", network)
        .getResultList();
  }

  /** What the person suggested that is not (yet) in the library. */
  public List<LibraryResource> suggestedBy(LearningNetwork network, String email) {
    return em.createNamedQuery("LibraryResource.suggestedBy", LibraryResource.class)
        .setParameter("network", network)
        .setParameter("email", EmailAddress.normalise(email))
        .getResultList();
  }

  /** The materials of one event that are in its network's library. */
  public List<LibraryResource> ofEvent(long eventId) {
    return em.createNamedQuery("LibraryResource.ofEvent", LibraryResource.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** Every entry of the network, whatever its status: none means a library never started. */
  public long countAll(LearningNetwork network) {
    return em.createNamedQuery("LibraryResource.countAll", Long.class)
        .setParameter("network", network)
        .getSingleResult();
  }

  /** The network's events, latest first, that an entry may belong to. */
  public List<NetworkEvent> events(LearningNetwork network) {
    return em.createNamedQuery("LibraryResource.eventsOfNetwork", NetworkEvent.class)
        .setParameter("network", network)
        .getResultList();
  }

  public Optional<NetworkEvent> event(long id) {
    return Optional.ofNullable(em.find(NetworkEvent.class, id));
  }

  public Optional<LibraryFile> file(LibraryResource resource) {
    return em.createNamedQuery("LibraryFile.ofResource", LibraryFile.class)
        .setParameter("resource", resource)
        .getResultStream()
        .findFirst();
  }

  /** Takes the entry out of the library, with its PDF. */
  public void remove(LibraryResource resource) {
    file(resource).ifPresent(em::remove);
    em.remove(resource);
  }
}
