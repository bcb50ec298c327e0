package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.casestudy.application.CaseStudyReading;
import org.parity.casestudy.application.CaseStudyViews;
import org.parity.curriculum.application.Catalogue;
import org.parity.network.application.ForumService;
import org.parity.network.application.ForumViews.ThreadList;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.NetworkMembershipService;
import org.parity.network.application.NetworkViews.NetworkDetail;
import org.parity.network.application.ThreadPromotion;
import org.parity.network.application.ThreadPromotion.FaqView;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}: about the network, joining and leaving, directory and requests. Read
 * from its address on every request (forms post back to it), so a reader costs no session.
 */
@Named
@RequestScoped
public class NetworkPage {

  @Inject NetworkMembershipService service;
  @Inject ForumService forum;
  @Inject Catalogue catalogue;
  @Inject CaseStudyReading caseStudyReading;
  @Inject PageMessages messages;
  @Inject ThreadPromotion promotion;
  @Inject NetworkLibrary library;

  private String slug;
  private NetworkDetail network;
  private final Map<Long, String> replies = new HashMap<>();
  private int page = 1;
  private List<FaqView> faq = List.of();
  private List<NetworkLibrary.Choice> resources;
  private Long resourceId;
  private ThreadList threads;
  private Long categoryId;
  private String title;
  private String body;
  private String[] tags;
  private String moduleSlug;
  private String caseStudySlug;
  private List<Catalogue.ModuleLink> modules;
  private List<CaseStudyViews.RelatedStudy> caseStudies;

  /** The network and its first threads, for the page view and for every postback. */
  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    Integer requested = PageAddress.smallNumber("page");
    page = requested == null || requested < 1 ? 1 : requested;
    network = slug == null ? null : service.network(slug).orElse(null);
    if (network != null) {
      loadThreads();
    }
  }

  /** A network that is not there is a 404. */
  public void load() {
    if (network == null) {
      PageAddress.notFound();
    }
  }

  private void loadThreads() {
    try {
      threads = forum.threads(slug, page);
      faq = promotion.faq(slug);
    } catch (EJBAccessException e) {
      threads = null;
      faq = List.of();
    }
  }

  /** A facilitator takes an entry out of the network's FAQ. */
  public void removeFaq(long entryId) {
    try {
      promotion.removeFaq(slug, entryId);
      messages.info("promote.faqRemoved");
      loadThreads();
    } catch (InvalidInput | EJBAccessException refused) {
      messages.error("error.403.text");
    }
  }

  public List<FaqView> getFaq() {
    return faq;
  }

  /** Starts a thread and opens it. */
  public void startThread() {
    try {
      long id =
          forum.startThread(
              slug,
              new ForumService.NewThread(
                  categoryId == null ? 0 : categoryId,
                  title,
                  body,
                  tags == null ? List.of() : List.of(tags),
                  moduleSlug,
                  caseStudySlug,
                  resourceId));
      PageAddress.redirect("/networks/" + slug + "/threads/" + id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("thread", refused.fieldErrors());
    } catch (OutOfTurn refused) {
      messages.refused(refused);
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  public void join() {
    if (step(() -> service.join(slug))) {
      messages.info(network.summary().open() ? "network.joined" : "network.requested");
    }
  }

  public void leave() {
    if (step(() -> service.leave(slug))) {
      messages.info("network.left");
    }
  }

  public void toggleDirectory() {
    boolean visible = !network.visibleInDirectory();
    if (step(() -> service.showMeInDirectory(slug, visible))) {
      messages.info(visible ? "network.directory.shown" : "network.directory.hidden");
    }
  }

  public void approve(long requestId) {
    if (step(() -> service.answer(requestId, true, replies.get(requestId)))) {
      messages.info("network.request.approved");
    }
  }

  public void decline(long requestId) {
    if (step(() -> service.answer(requestId, false, replies.get(requestId)))) {
      messages.info("network.request.declined");
    }
  }

  private boolean step(Runnable action) {
    try {
      action.run();
      return true;
    } catch (OutOfTurn e) {
      messages.refused(e);
      return false;
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
      return false;
    } finally {
      network = service.network(slug).orElse(network);
      loadThreads();
    }
  }

  public String getSlug() {
    return slug;
  }

  public NetworkDetail getNetwork() {
    return network;
  }

  public int getPage() {
    return page;
  }

  public ThreadList getThreads() {
    return threads;
  }

  /** Published modules a new thread may link to, read once per request. */
  public List<Catalogue.ModuleLink> getModules() {
    if (modules == null) {
      modules = catalogue.modules();
    }
    return modules;
  }

  /** The network library's entries a new thread may be about, read once per request. */
  public List<NetworkLibrary.Choice> getResources() {
    if (resources == null) {
      try {
        resources = library.choices(slug);
      } catch (EJBAccessException notReadable) {
        resources = List.of();
      }
    }
    return resources;
  }

  public Long getResourceId() {
    return resourceId;
  }

  public void setResourceId(Long resourceId) {
    this.resourceId = resourceId;
  }

  /** Published case studies a new thread may link to, read once per request. */
  public List<CaseStudyViews.RelatedStudy> getCaseStudies() {
    if (caseStudies == null) {
      caseStudies = caseStudyReading.published();
    }
    return caseStudies;
  }

  public String[] getTags() {
    return tags;
  }

  public void setTags(String[] tags) {
    this.tags = tags;
  }

  public String getModuleSlug() {
    return moduleSlug;
  }

  public void setModuleSlug(String moduleSlug) {
    this.moduleSlug = moduleSlug;
  }

  public String getCaseStudySlug() {
    return caseStudySlug;
  }

  public void setCaseStudySlug(String caseStudySlug) {
    this.caseStudySlug = caseStudySlug;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Map<Long, String> getReplies() {
    return replies;
  }
}
