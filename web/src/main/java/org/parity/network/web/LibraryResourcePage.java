package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.identity.application.Caller;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.NetworkLibrary.ResourceView;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/library/{id}: one resource, with its stable address to copy into a post
 * or an action plan, and for facilitators a way to take it out.
 */
@Named
@RequestScoped
public class LibraryResourcePage {

  @Inject NetworkLibrary library;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private String slug;
  private Long id;
  private ResourceView resource;
  private boolean mayRemove;
  private boolean refused;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    if (slug != null && id != null) {
      try {
        resource = library.resource(slug, id);
        mayRemove = library.mayRemove(slug);
      } catch (InvalidInput unknown) {
        resource = null;
      } catch (EJBAccessException e) {
        refused = true;
      }
    }
  }

  public void load() {
    if (refused && !caller.isSignedIn()) {
      PageAddress.signInFirst("/networks/" + slug + "/library/" + id);
    } else if (refused) {
      PageAddress.forbidden();
    } else if (resource == null) {
      PageAddress.notFound();
    }
  }

  public void remove() {
    try {
      library.remove(slug, id);
    } catch (InvalidInput | EJBAccessException gone) {
      messages.error("error.403.text");
      return;
    }
    messages.info("library.removed");
    messages.keepForNextPage();
    PageAddress.redirect("/networks/" + slug + "/library");
  }

  /** The whole address, to paste into a discussion or an action plan. */
  public String getLink() {
    return resource == null ? null : PageAddress.base() + resource.path();
  }

  public ResourceView getResource() {
    return resource;
  }

  public boolean isMayRemove() {
    return mayRemove;
  }

  public String getSlug() {
    return slug;
  }
}
