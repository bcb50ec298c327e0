package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parity.network.application.ForumService;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The page /networks/{slug}/threads/{id}: 25 posts a page, and the reply form for members. */
@Named
@ViewScoped
public class ThreadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ForumService forum;
  @Inject PageMessages messages;

  private String slug;
  private Long id;
  private int page = 1;
  private ThreadPage thread;
  private String body;

  /** A thread that is not there, or not for this reader, is a 404. */
  public void load() {
    try {
      thread = forum.thread(slug, id == null ? 0 : id, page);
    } catch (EJBAccessException e) {
      PageAddress.notFound();
    }
  }

  public void reply() {
    try {
      int landed = forum.reply(slug, id, body);
      PageAddress.redirect("/networks/" + slug + "/threads/" + id + "?page=" + landed + "#latest");
    } catch (InvalidInput refused) {
      messages.fieldErrors("reply", refused.fieldErrors());
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public ThreadPage getThread() {
    return thread;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
