package org.parity.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address the current request came from, as the web layer saw it, for the records that
 * name it (the security log). Empty outside a web request.
 */
@RequestScoped
public class ClientAddress {

  private String address;

  public String get() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }
}
