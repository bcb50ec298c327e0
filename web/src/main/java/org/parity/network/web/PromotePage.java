package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.identity.application.Caller;
import org.parity.network.application.ThreadPromotion;
import org.parity.network.application.ThreadPromotion.Promotable;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/threads/{id}/promote: one of the network's facilitators chooses posts
 * of a thread to quote in a case-study draft or an entry of the network's FAQ. Anyone else gets a
 * 404.
 */
@Named
@RequestScoped
public class PromotePage {

  @Inject ThreadPromotion promotion;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private String slug;
  private Long id;
  private Promotable thread;
  private Integer[] chosen = new Integer[0];
  private String question;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    if (slug != null && id != null && caller.isSignedIn()) {
      try {
        thread = promotion.posts(slug, id);
        question = thread.title();
      } catch (EJBAccessException | InvalidInput notHere) {
        thread = null;
      }
    }
  }

  public void load() {
    if (thread == null) {
      PageAddress.notFound();
    }
  }

  /** Starts the case-study draft and opens it. */
  public void toCaseStudy() {
    try {
      String study = promotion.toCaseStudy(slug, id, List.of(chosen), PageAddress.base());
      messages.info("promote.caseStudyStarted");
      messages.keepForNextPage();
      PageAddress.redirect("/case-studies/" + study + "/edit");
    } catch (InvalidInput refusal) {
      messages.fieldErrors("promote", refusal.fieldErrors());
    }
  }

  /** Adds the FAQ entry and shows it on the network's page. */
  public void toFaq() {
    try {
      long entry = promotion.toFaq(slug, id, question, List.of(chosen), PageAddress.base());
      messages.info("promote.faqAdded");
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug + "#faq-" + entry);
    } catch (InvalidInput refusal) {
      messages.fieldErrors("promote", refusal.fieldErrors());
    }
  }

  public Promotable getThread() {
    return thread;
  }

  public Integer[] getChosen() {
    return chosen.clone();
  }

  /** The posts chosen, by number (an array: a list would be filled with text). */
  public void setChosen(Integer[] chosen) {
    this.chosen = chosen == null ? new Integer[0] : chosen.clone();
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
