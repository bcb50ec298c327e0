package org.parity.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.network.application.NetworkMembershipService;
import org.parity.network.application.NetworkViews.NetworkSummary;

/** The page /networks. */
@Named
@RequestScoped
public class NetworkList {

  @Inject NetworkMembershipService service;
  private List<NetworkSummary> networks;

  public List<NetworkSummary> getNetworks() {
    if (networks == null) {
      networks = service.networks();
    }
    return networks;
  }
}
