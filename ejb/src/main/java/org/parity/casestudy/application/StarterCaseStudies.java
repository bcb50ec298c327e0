package org.parity.casestudy.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.domain.CaseStudyPublished;
import org.parity.casestudy.domain.CaseStudyRevision;
import org.parity.casestudy.infrastructure.CaseStudies;
import org.parity.curriculum.application.Catalogue;
import org.parity.platform.InvalidInput;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * Publishes the case studies that ship with Parity (one YAML file each under
 * parity-content/case-studies, listed in its index.txt) on start-up. Idempotent by slug: a study
 * already there, edited or not, is left alone.
 */
@Singleton
@Startup
@DependsOn("StarterCurricula")
public class StarterCaseStudies {

  static final String AUTHOR = "starter-content@parity.invalid";
  private static final Logger LOG = Logger.getLogger(StarterCaseStudies.class.getName());

  @Inject CaseStudies studies;
  @Inject Taxonomy taxonomy;
  @Inject Catalogue catalogue;
  @Inject Event<CaseStudyPublished> published;
  @Inject Clock clock;

  @PostConstruct
  void publishMissing() {
    int added = 0;
    for (StarterCaseStudyFiles.Starter starter :
        StarterCaseStudyFiles.readAll(StarterCaseStudies.class.getClassLoader())) {
      if (studies.slugTaken(starter.slug())) {
        continue;
      }
      try {
        CaseStudyRules.check(
            starter.content(),
            true,
            taxonomy::contains,
            slug -> catalogue.module(slug).isPresent());
      } catch (InvalidInput invalid) {
        LOG.severe(
            "Starter case study " + starter.slug() + " not imported: " + invalid.fieldErrors());
        continue;
      }
      Instant now = clock.instant();
      CaseStudy study = new CaseStudy(starter.slug(), AUTHOR, now);
      studies.add(study);
      CaseStudyRevision revision = new CaseStudyRevision(study, 1, AUTHOR, starter.content(), now);
      studies.add(revision);
      revision.publishShipped(now);
      study.publish(starter.content(), now);
      study.firstPublishedOn(starter.publishedOn());
      published.fire(new CaseStudyPublished(study.getId()));
      added++;
    }
    int count = added;
    LOG.info(() -> "Starter content: " + count + " case studies published");
  }
}
