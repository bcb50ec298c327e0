package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parity.casestudy.domain.FileType;
import org.parity.identity.application.Caller;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.NetworkLibrary.ResourceInput;
import org.parity.network.application.NetworkLibrary.Shelf;
import org.parity.network.domain.LibraryResource;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/library: the network's resources by priority area and kind, twenty a
 * page; a facilitator's form to add one (a link or a PDF) and the queue of members' suggestions; a
 * member's form to suggest a link. Read from its address on every request.
 */
@Named
@RequestScoped
public class LibraryPage {

  @Inject NetworkLibrary library;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private String slug;
  private String tag;
  private String kind;
  private Shelf shelf;
  private boolean refused;

  private String title;
  private String authors;
  private String publisher;
  private String year;
  private String summary;
  private String resourceKind;
  private List<String> areas = new ArrayList<>();
  private String url;
  private Long eventId;
  private Part file;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    tag = PageAddress.parameter("tag");
    kind = PageAddress.parameter("kind");
    if (slug != null) {
      read();
    }
  }

  private void read() {
    Integer page = PageAddress.smallNumber("page");
    try {
      shelf = library.shelf(slug, tag, kind, page == null ? 1 : page);
    } catch (EJBAccessException e) {
      refused = true;
    }
  }

  /** A closed network's library asks a visitor to sign in; others get 403, or 404 if unknown. */
  public void load() {
    if (refused && !caller.isSignedIn()) {
      PageAddress.signInFirst("/networks/" + slug + "/library");
    } else if (refused) {
      PageAddress.forbidden();
    } else if (shelf == null) {
      PageAddress.notFound();
    }
  }

  /** A facilitator's entry goes in at once; a member's is a suggestion for the facilitators. */
  public void submit() {
    boolean facilitator = shelf != null && shelf.facilitator();
    byte[] bytes = null;
    if (facilitator && file != null && file.getSize() > 0) {
      if (file.getSize() > FileType.MAX_BYTES) {
        messages.fieldError("resource:file", "caseStudy.error.fileTooLarge");
        return;
      }
      try (InputStream in = file.getInputStream()) {
        bytes = in.readAllBytes();
      } catch (IOException unreadable) {
        messages.fieldError("resource:file", "caseStudy.error.fileEmpty");
        return;
      }
    }
    ResourceInput input =
        new ResourceInput(
            title,
            authors,
            publisher,
            year,
            summary,
            resourceKind,
            areas,
            url,
            facilitator ? eventId : null,
            bytes == null ? null : file.getSubmittedFileName(),
            bytes);
    if (facilitator) {
      change(() -> library.add(slug, input), "library.added", "resource");
    } else {
      change(() -> library.suggest(slug, input), "library.suggested", "resource");
    }
  }

  public void accept(long id) {
    change(() -> library.accept(slug, id), "library.accepted", "queue");
  }

  public void decline(long id) {
    change(() -> library.decline(slug, id), "library.declined", "queue");
  }

  public void remove(long id) {
    change(() -> library.remove(slug, id), "library.removed", "shelf");
  }

  /** Runs one change; on success back to the library's first page with the message (PRG). */
  private void change(Runnable step, String done, String form) {
    try {
      step.run();
    } catch (InvalidInput refusal) {
      messages.fieldErrors(form, refusal.fieldErrors());
      return;
    } catch (OutOfTurn refusal) {
      messages.refused(refusal);
      return;
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
      return;
    }
    messages.info(done);
    messages.keepForNextPage();
    PageAddress.redirect("/networks/" + slug + "/library");
  }

  /** The library's address with this filter, on that page. */
  public String address(String withTag, String withKind, int page) {
    StringBuilder query = new StringBuilder();
    if (withTag != null && !withTag.isBlank()) {
      query.append("&tag=").append(URLEncoder.encode(withTag, StandardCharsets.UTF_8));
    }
    if (withKind != null && !withKind.isBlank()) {
      query.append("&kind=").append(URLEncoder.encode(withKind, StandardCharsets.UTF_8));
    }
    if (page > 1) {
      query.append("&page=").append(page);
    }
    return "/networks/" + slug + "/library" + (query.isEmpty() ? "" : "?" + query.substring(1));
  }

  public String getPrevious() {
    return shelf != null && shelf.page() > 1 ? address(tag, kind, shelf.page() - 1) : null;
  }

  public String getNext() {
    return shelf != null && shelf.page() < shelf.pages()
        ? address(tag, kind, shelf.page() + 1)
        : null;
  }

  public boolean isFiltered() {
    return tag != null || kind != null;
  }

  public List<String> getKinds() {
    return java.util.Arrays.stream(LibraryResource.Kind.values()).map(Enum::name).toList();
  }

  public Shelf getShelf() {
    return shelf;
  }

  public String getSlug() {
    return slug;
  }

  public String getTag() {
    return tag;
  }

  public String getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAuthors() {
    return authors;
  }

  public void setAuthors(String authors) {
    this.authors = authors;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getResourceKind() {
    return resourceKind;
  }

  public void setResourceKind(String resourceKind) {
    this.resourceKind = resourceKind;
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
