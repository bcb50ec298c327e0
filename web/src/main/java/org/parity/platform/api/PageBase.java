package org.parity.platform.api;

import jakarta.ws.rs.core.UriInfo;

/**
 * The address Parity's pages are at, as an API request reached it: the base the services make the
 * links in their mail from when PARITY_BASE_URL is unset.
 */
public final class PageBase {

  private PageBase() {}

  public static String of(UriInfo uri) {
    return uri.getBaseUri().toString().replaceAll("/api/v1/?$", "");
  }
}
