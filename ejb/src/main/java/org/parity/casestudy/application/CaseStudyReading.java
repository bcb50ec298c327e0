package org.parity.casestudy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.parity.casestudy.application.CaseStudyViews.Discussion;
import org.parity.casestudy.application.CaseStudyViews.ModuleCard;
import org.parity.casestudy.application.CaseStudyViews.RelatedStudy;
import org.parity.casestudy.application.CaseStudyViews.StudyPage;
import org.parity.casestudy.domain.Attachment;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.infrastructure.CaseStudies;
import org.parity.curriculum.application.Catalogue;
import org.parity.network.infrastructure.Networks;

/** What everyone may read: published case studies and their attachments. */
@Stateless
@PermitAll
public class CaseStudyReading {

  static final int RELATED = 3;
  static final int DISCUSSIONS = 10;

  @Inject CaseStudies studies;
  @Inject CaseStudyCaller caller;
  @Inject Catalogue catalogue;
  @Inject Networks networks;
  @Inject RelatedStudies related;
  @Inject CoAuthorship coAuthors;

  /** A published study's page; empty for an address nobody has published. */
  public Optional<StudyPage> page(String slug) {
    return studies
        .bySlug(slug == null ? "" : slug)
        .filter(CaseStudy::isPublished)
        .map(
            s ->
                new StudyPage(
                    s.getId(),
                    s.getSlug(),
                    s.content(),
                    s.getModuleSlugs().stream()
                        .flatMap(
                            m ->
                                catalogue.module(m).stream()
                                    .map(d -> new ModuleCard(m, d.module().title(), d.summary())))
                        .toList(),
                    studies.publishedAttachments(s),
                    networks.threadsAboutCaseStudy(s.getSlug(), DISCUSSIONS).stream()
                        .map(
                            t ->
                                new Discussion(
                                    t.getId(),
                                    t.getNetwork().getSlug(),
                                    t.getNetwork().getName(),
                                    t.getTitle()))
                        .toList(),
                    related.like(s, RELATED),
                    s.getPublishedOn(),
                    s.getLastUpdatedAt(),
                    caller.mayEdit(s),
                    coAuthors.named(s)));
  }

  /** A published study as a card elsewhere (a forum thread links to it); empty if unpublished. */
  public Optional<RelatedStudy> card(String slug) {
    return studies
        .bySlug(slug == null ? "" : slug)
        .filter(CaseStudy::isPublished)
        .map(s -> new RelatedStudy(s.getSlug(), s.getTitle(), s.getSummary()));
  }

  /** Published studies, newest first. */
  public List<RelatedStudy> published() {
    return studies.published().stream()
        .map(s -> new RelatedStudy(s.getSlug(), s.getTitle(), s.getSummary()))
        .toList();
  }

  /**
   * An attachment's bytes: anyone's once the study is published, before that its author's, and its
   * reviewers' while it is submitted.
   */
  public Optional<Download> attachment(long id) {
    return studies
        .attachment(id)
        .filter(
            a ->
                a.isPublic()
                    || caller.mayEdit(a.getCaseStudy())
                    || caller.mayReview(a.getCaseStudy()))
        .map(CaseStudyReading::download);
  }

  public record Download(String fileName, String mediaType, byte[] content) {}

  private static Download download(Attachment a) {
    return new Download(a.getFileName(), a.getMediaType(), a.getContent());
  }
}
