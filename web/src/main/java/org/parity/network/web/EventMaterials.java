package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.NetworkLibrary.ResourceView;

/** An event's materials (its slides, its recording) from its network's library, on its page. */
@Named
@RequestScoped
public class EventMaterials {

  @Inject NetworkLibrary library;

  private List<ResourceView> materials;

  /** The library's entries that belong to the event; none for whoever may not read the network. */
  public List<ResourceView> of(String networkSlug, Long eventId) {
    if (materials == null) {
      try {
        materials =
            networkSlug == null || eventId == null
                ? List.of()
                : library.ofEvent(networkSlug, eventId);
      } catch (EJBAccessException notForThem) {
        materials = List.of();
      }
    }
    return materials;
  }
}
