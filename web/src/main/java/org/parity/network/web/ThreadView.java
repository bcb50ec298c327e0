package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.web.TaxonomyLabels;
import org.parity.network.application.ForumModeration;
import org.parity.network.application.ForumService;
import org.parity.network.application.ForumViews.PostView;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.network.domain.PostFlag;
import org.parity.platform.taxonomy.Taxonomy;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/threads/{id}: 25 posts a page, opened at the reader's first unread
 * post; replying (and quoting), editing within the window, "helpful", flagging, and the
 * facilitators' tools. Every step is the services' to allow; this bean only carries the form
 * values. It lives for one request: the page is read from its address each time (forms post back to
 * it), so a reader costs no session.
 */
@Named
@RequestScoped
public class ThreadView {

  @Inject ForumService forum;
  @Inject SubscriptionToggle follow;
  @Inject ForumModeration moderation;
  @Inject PageMessages messages;
  @Inject TaxonomyLabels taxonomyLabels;

  private String slug;
  private Long id;
  private Integer page;
  private Integer quote;
  private Integer edit;
  private ThreadPage thread;
  private String body;
  private String editBody;
  private final Map<Integer, String> reasons = new HashMap<>();
  private final Map<Integer, Integer> days = new HashMap<>();
  private final Map<Integer, String> kinds = new HashMap<>();
  private String threadReason;
  private Long moveTo;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    page = PageAddress.smallNumber("page");
    quote = PageAddress.smallNumber("quote");
    edit = PageAddress.smallNumber("edit");
  }

  /**
   * A thread that is not there, or not for this reader, is a 404. Opened without a page, it goes to
   * the reader's first unread post.
   */
  public void load() {
    try {
      thread = getThread();
      if (thread == null) {
        PageAddress.notFound();
        return;
      }
      if (page == null && thread.firstUnreadPage() > 1) {
        PageAddress.redirect(address(thread.firstUnreadPage()) + "#post-" + thread.firstUnread());
        return;
      }
      if (quote != null && body == null) {
        body = forum.quote(slug, id, quote).markdown();
      }
      if (edit != null && editBody == null) {
        thread.posts().stream()
            .filter(p -> p.number() == edit && p.mayEdit())
            .map(PostView::editableMarkdown)
            .findFirst()
            .ifPresent(text -> editBody = text);
      }
    } catch (EJBAccessException e) {
      PageAddress.notFound();
    }
  }

  public void reply() {
    attempt("reply", () -> back(forum.reply(slug, id, body), "latest"));
  }

  public void saveEdit() {
    attempt(
        "edit",
        () -> {
          int landed = forum.edit(slug, id, edit, editBody);
          messages.info("forum.edited");
          back(landed, "post-" + edit);
        });
  }

  public void helpful(int number) {
    attempt(
        null,
        () -> {
          forum.helpful(slug, id, number);
          back(currentPage(), "post-" + number);
        });
  }

  /** A post's "helpful" button, one of many naming the page's one actions form. */
  public void helpfulChosen() {
    Integer number = PageAddress.smallNumber("actions:helpful");
    if (number != null) {
      helpful(number);
    }
  }

  /** A post's flag, sent with the reason typed beside it. */
  public void flagChosen() {
    Integer number = PageAddress.smallNumber("actions:flag");
    if (number == null) {
      return;
    }
    String reason = PageAddress.parameter("flag-reason-" + number);
    PostFlag.Kind kind = PostFlag.Kind.named(PageAddress.parameter("flag-kind-" + number));
    reasons.put(number, reason);
    kinds.put(number, kind == null ? null : kind.name());
    attempt(
        flagForm(number),
        () -> {
          moderation.flag(slug, id, number, kind, reason);
          messages.info("moderation.flagged");
          back(currentPage(), "post-" + number);
        });
  }

  /**
   * Whether the posts are written as plain markup in one pass ({@link PostsMarkup}): for every
   * reader but a moderator, and while no post is being edited.
   */
  public boolean isPlainPosts() {
    ThreadPage shown = getThread();
    return shown != null && !shown.moderator() && edit == null;
  }

  public String getPostsMarkup() {
    return new PostsMarkup(
            messages,
            code -> taxonomyLabels.of(Taxonomy.PROFESSION, code),
            FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .of(
            getThread(),
            new PostsMarkup.Flags() {
              @Override
              public String reason(int number) {
                return reasons.get(number);
              }

              @Override
              public String error(int number) {
                return flagError(number);
              }

              @Override
              public String kind(int number) {
                return kinds.get(number);
              }

              @Override
              public String kindError(int number) {
                return flagKindError(number);
              }
            });
  }

  /** Why this post's flag was refused, shown beside its reason; empty when it was not. */
  public String flagError(int number) {
    return fieldError(flagForm(number) + ":reason");
  }

  /** Why the kind of problem chosen for this post's flag was refused; empty when it was not. */
  public String flagKindError(int number) {
    return fieldError(flagForm(number) + ":kind");
  }

  private static String fieldError(String clientId) {
    return FacesContext.getCurrentInstance().getMessageList(clientId).stream()
        .map(FacesMessage::getSummary)
        .findFirst()
        .orElse("");
  }

  /** The kinds of problem a flag reports, in the order the form offers them. */
  public List<String> getFlagKinds() {
    return Arrays.stream(PostFlag.Kind.values()).map(Enum::name).toList();
  }

  /** A refused flag keeps its form unfolded. */
  public boolean flagRefused(int number) {
    return !flagError(number).isEmpty() || !flagKindError(number).isEmpty();
  }

  private static String flagForm(int number) {
    return "flag-" + number;
  }

  public void hide(int number, int row) {
    attempt(
        "post:" + row + ":moderate",
        () -> {
          moderation.hide(slug, id, number, reasons.get(number));
          messages.info("moderation.hidden");
          back(currentPage(), "post-" + number);
        });
  }

  public void restore(int number, int row) {
    attempt(
        "post:" + row + ":moderate",
        () -> {
          moderation.restore(slug, id, number, reasons.get(number));
          messages.info("moderation.restored");
          back(currentPage(), "post-" + number);
        });
  }

  public void suspend(int number, int row) {
    attempt(
        "post:" + row + ":moderate",
        () -> {
          Integer forDays = days.get(number);
          moderation.suspendAuthor(
              slug, id, number, forDays == null ? 0 : forDays, reasons.get(number));
          messages.info("moderation.suspended");
          back(currentPage(), "post-" + number);
        });
  }

  public void lock(boolean locked) {
    attempt(
        "moderate-thread",
        () -> {
          moderation.lock(slug, id, locked, threadReason);
          messages.info(locked ? "moderation.locked" : "moderation.unlocked");
          back(currentPage(), "thread-title");
        });
  }

  public void pin(boolean pinned) {
    attempt(
        "moderate-thread",
        () -> {
          moderation.pin(slug, id, pinned, threadReason);
          messages.info(pinned ? "moderation.pinned" : "moderation.unpinned");
          back(currentPage(), "thread-title");
        });
  }

  public void move() {
    attempt(
        "moderate-thread",
        () -> {
          moderation.move(slug, id, moveTo == null ? 0 : moveTo, threadReason);
          messages.info("moderation.moved");
          back(currentPage(), "thread-title");
        });
  }

  /** Runs a step; a refusal shows beside the form's fields, or at the top of the page. */
  private void attempt(String formId, Runnable step) {
    ForumSteps.attempt(messages, formId, step);
  }

  private void back(int toPage, String anchor) {
    messages.keepForNextPage();
    PageAddress.redirect(address(toPage) + "#" + anchor);
  }

  private String address(int toPage) {
    return "/networks/" + slug + "/threads/" + id + "?page=" + toPage;
  }

  private int currentPage() {
    return page == null ? 1 : page;
  }

  public String getSlug() {
    return slug;
  }

  public Long getId() {
    return id;
  }

  public Integer getPage() {
    return page;
  }

  public Integer getQuote() {
    return quote;
  }

  public Integer getEdit() {
    return edit;
  }

  /** The page of the thread the address names, read once a request (a postback reads it too). */
  public ThreadPage getThread() {
    if (thread == null && slug != null && id != null) {
      try {
        thread = forum.thread(slug, id, page == null ? 1 : page);
        if (thread.following() != null) {
          follow.know("THREAD", thread.id(), thread.following());
        }
      } catch (EJBAccessException e) {
        return null;
      }
    }
    return thread;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getEditBody() {
    return editBody;
  }

  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }

  public Map<Integer, String> getReasons() {
    return reasons;
  }

  /** The kind each post's refused flag had, to choose it again. */
  public Map<Integer, String> getKinds() {
    return kinds;
  }

  public Map<Integer, Integer> getDays() {
    return days;
  }

  public String getThreadReason() {
    return threadReason;
  }

  public void setThreadReason(String threadReason) {
    this.threadReason = threadReason;
  }

  public Long getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(Long moveTo) {
    this.moveTo = moveTo;
  }
}
