package org.parity.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.CatalogueViews.PublisherView;
import org.parity.curriculum.application.CoBadging;
import org.parity.curriculum.application.CurriculumStudioService;
import org.parity.curriculum.application.ExpertReviewing;
import org.parity.curriculum.application.OutcomeFrameworks;
import org.parity.curriculum.application.OutcomeMappings;
import org.parity.curriculum.application.OutcomeViews.FrameworkView;
import org.parity.curriculum.application.PackageExchange;
import org.parity.curriculum.application.PublisherReviewers;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.domain.ReviewerKind;
import org.parity.curriculum.domain.ReviewerKind.ChecklistItem;
import org.parity.it.As;
import org.parity.it.ContentPackages;
import org.parity.it.Deployments;
import org.parity.platform.OutOfTurn;

/**
 * A college's governance, refused in the services whatever a page shows: an author never approves
 * their own module, a clinical reviewer of another publisher never reviews it, approval waits for
 * the review the publisher chose, and another college's badge shows only once one of its PUBLISHERs
 * consents.
 */
@ExtendWith(ArquillianExtension.class)
class GovernanceRefusalsIT {

  private static final String BASE = "http://parity.test";
  private static final Set<String> EDITOR_PUBLISHER = Set.of("LEARNER", "EDITOR", "PUBLISHER");
  private static final Set<String> PUBLISHER = Set.of("LEARNER", "PUBLISHER");
  private static final Set<String> EDITOR = Set.of("LEARNER", "EDITOR");
  private static final Set<String> LEARNER = Set.of("LEARNER");

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(GovernanceRefusalsIT.class);
  }

  @Inject Colleges colleges;
  @Inject PackageExchange packages;
  @Inject StudioService studio;
  @Inject CurriculumStudioService curricula;
  @Inject PublisherReviewers reviewers;
  @Inject ExpertReviewing expertReviews;
  @Inject CoBadging coBadging;
  @Inject Catalogue catalogue;
  @Inject OutcomeFrameworks frameworks;
  @Inject OutcomeMappings mappings;

  /** Two colleges and their people: Eden writes and publishes for the first, Pia publishes. */
  private record World(String run, long college, String collegeSlug, long other, String otherSlug) {

    String email(String who) {
      return who + "-governance-" + run + "@example.org";
    }
  }

  private World world() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long college = colleges.college("Governance College " + run);
    long other = colleges.college("Other Governance College " + run);
    World w = new World(run, college, colleges.slug(college), other, colleges.slug(other));
    long id = 810_000_000L + Math.abs(run.hashCode() % 1_000_000) * 10L;
    colleges.person(id, w.email("eden"), "Eden", List.of("EDITOR", "PUBLISHER"), college);
    colleges.person(id + 1, w.email("pia"), "Pia", List.of("PUBLISHER"), college);
    colleges.person(id + 2, w.email("quinn"), "Quinn", List.of("PUBLISHER"), other);
    colleges.person(id + 3, w.email("boris"), "Boris", List.of("EDITOR"), other);
    colleges.person(id + 4, w.email("olga"), "Olga", List.of(), null);
    colleges.person(id + 5, w.email("cleo"), "Cleo", List.of(), null);
    return w;
  }

  /** A module of one text unit, uploaded by Eden as a draft; answers its version's id. */
  private long draft(World w, String slug) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "modules/" + slug + "/module.yaml",
        """
        slug: %s
        title: Governed module %s
        owner: %s
        version: 1
        summary: A module for the governance tests.
        learningOutcomes: [Ask about mood at every review]
        estimatedMinutes: 10
        cpdHours: 0.25
        challenges: [LTC_MENTAL_HEALTH]
        priorityAreas: [LTC_MENTAL_HEALTH]
        settings: [PRIMARY_CARE]
        themes: [WHOLE_PERSON]
        units:
          - kind: TEXT
            title: Why mood matters
            file: 01-why.md
        """
            .formatted(slug, slug, w.collegeSlug()));
    files.put("modules/" + slug + "/01-why.md", "Mood and physical health travel together.\n");
    return As.call(w.email("eden"), EDITOR, () -> packages.upload(ContentPackages.zip(files)))
        .get("modules/" + slug);
  }

  private static String key(Throwable refusal) {
    return refusal instanceof OutOfTurn out ? out.key() : refusal.getClass().getSimpleName();
  }

  @Test
  void anAuthorNeverApprovesTheirOwnModule() throws Exception {
    World w = world();
    long version = draft(w, "governed-own-" + w.run());
    As.run(w.email("eden"), EDITOR_PUBLISHER, () -> studio.submit(version, null, BASE));

    assertThatThrownBy(
            () -> As.run(w.email("eden"), EDITOR_PUBLISHER, () -> studio.publish(version, "Mine")))
        .satisfies(e -> assertThat(key(e)).isEqualTo("studio.refusal.ownWork"));
    // A PUBLISHER of another college is no approver either.
    assertThatThrownBy(() -> As.run(w.email("quinn"), PUBLISHER, () -> studio.publish(version, "")))
        .isInstanceOf(EJBAccessException.class);

    As.run(w.email("pia"), PUBLISHER, () -> studio.publish(version, "Approved"));
    assertThat(catalogue.module("governed-own-" + w.run())).isPresent();
  }

  @Test
  void onlyTheOwnersInvitedClinicianReviewsAndApprovalWaitsForTheReview() throws Exception {
    World w = world();
    // The college asks for clinical review and invites Cleo; the other college invites Olga.
    As.run(
        w.email("pia"), PUBLISHER, () -> reviewers.choose(w.college(), true, false, false, false));
    As.run(
        w.email("pia"),
        PUBLISHER,
        () -> reviewers.invite(w.college(), w.email("cleo"), ReviewerKind.CLINICAL, BASE));
    As.run(
        w.email("quinn"),
        PUBLISHER,
        () -> reviewers.invite(w.other(), w.email("olga"), ReviewerKind.CLINICAL, BASE));
    long version = draft(w, "governed-reviewed-" + w.run());
    As.run(w.email("eden"), EDITOR_PUBLISHER, () -> studio.submit(version, null, BASE));
    Set<ChecklistItem> all =
        Set.of(
            ChecklistItem.ACCURATE,
            ChecklistItem.CURRENT,
            ChecklistItem.SAFETY_NETTED,
            ChecklistItem.NICE_NOT_APPLICABLE);

    // Approval waits for the clinical review.
    assertThatThrownBy(() -> As.run(w.email("pia"), PUBLISHER, () -> studio.publish(version, "")))
        .isInstanceOf(OutOfTurn.class);
    // Another publisher's clinical reviewer may not review it; nor may its author.
    assertThatThrownBy(
            () ->
                As.run(
                    w.email("olga"),
                    LEARNER,
                    () ->
                        expertReviews.record(
                            "MODULE", version, ReviewerKind.CLINICAL, all, "", BASE)))
        .isInstanceOfAny(EJBAccessException.class, OutOfTurn.class);
    assertThatThrownBy(
            () ->
                As.run(
                    w.email("eden"),
                    EDITOR_PUBLISHER,
                    () ->
                        expertReviews.record(
                            "MODULE", version, ReviewerKind.CLINICAL, all, "", BASE)))
        .isInstanceOfAny(EJBAccessException.class, OutOfTurn.class);

    As.run(
        w.email("cleo"),
        LEARNER,
        () -> expertReviews.record("MODULE", version, ReviewerKind.CLINICAL, all, "Sound.", BASE));
    As.run(w.email("pia"), PUBLISHER, () -> studio.publish(version, "Approved"));
    assertThat(catalogue.module("governed-reviewed-" + w.run()).orElseThrow().reviews())
        .extracting(r -> r.kind())
        .containsExactly("CLINICAL");
  }

  @Test
  void anotherCollegesBadgeShowsOnlyOnceOneOfItsPublishersConsents() throws Exception {
    World w = world();
    long module = draft(w, "governed-badged-" + w.run());
    As.run(w.email("eden"), EDITOR_PUBLISHER, () -> studio.submit(module, null, BASE));
    As.run(w.email("pia"), PUBLISHER, () -> studio.publish(module, ""));
    String slug = "governed-curriculum-" + w.run();
    long curriculum =
        As.call(
            w.email("eden"),
            EDITOR_PUBLISHER,
            () -> curricula.createCurriculum(w.college(), slug, "Governed " + w.run()));
    As.run(w.email("eden"), EDITOR_PUBLISHER, () -> curricula.include(curriculum, module));
    long badge =
        As.call(
            w.email("eden"),
            EDITOR_PUBLISHER,
            () -> coBadging.ask(curriculum, w.otherSlug(), BASE));
    As.run(w.email("eden"), EDITOR_PUBLISHER, () -> curricula.submit(curriculum, null, BASE));
    As.run(w.email("pia"), PUBLISHER, () -> curricula.publish(curriculum, ""));
    assertThat(publishers(slug)).containsExactly(w.collegeSlug());

    // Neither the lead's editors nor the other college's editors consent for it.
    assertThatThrownBy(
            () -> As.run(w.email("eden"), EDITOR_PUBLISHER, () -> coBadging.accept(badge, BASE)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.run(w.email("boris"), EDITOR, () -> coBadging.accept(badge, BASE)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(publishers(slug)).containsExactly(w.collegeSlug());

    As.run(w.email("quinn"), PUBLISHER, () -> coBadging.accept(badge, BASE));
    assertThat(publishers(slug)).containsExactly(w.collegeSlug(), w.otherSlug());
  }

  @Test
  void aMappingToAFrameworkIsAnsweredByItsOwnersOtherPublisherOnly() throws Exception {
    World w = world();
    String slug = "governed-mapped-" + w.run();
    long module = draft(w, slug);
    As.run(w.email("eden"), EDITOR_PUBLISHER, () -> studio.submit(module, null, BASE));
    As.run(w.email("pia"), PUBLISHER, () -> studio.publish(module, ""));
    // The other college's framework, published by Quinn.
    FrameworkView framework =
        As.call(
            w.email("quinn"),
            PUBLISHER,
            () ->
                frameworks.draft(
                    w.other(),
                    "Other outcomes " + w.run(),
                    "1",
                    new OutcomeFrameworks.Source(
                        null, null, "code,group,title\nO1,Assessment,Ask about mood\n")));
    As.run(w.email("quinn"), PUBLISHER, () -> frameworks.publish(framework.id()));
    long outcome = framework.outcomes().get(0).id();

    // Someone who edits for neither side may not map; Quinn may, but not answer his own.
    assertThatThrownBy(
            () -> As.call(w.email("olga"), EDITOR, () -> mappings.propose(slug, 1, outcome, BASE)))
        .isInstanceOf(EJBAccessException.class);
    long byQuinn =
        As.call(w.email("quinn"), PUBLISHER, () -> mappings.propose(slug, 1, outcome, BASE)).id();
    assertThatThrownBy(
            () -> As.run(w.email("quinn"), PUBLISHER, () -> mappings.accept(byQuinn, null, BASE)))
        .satisfies(e -> assertThat(key(e)).isEqualTo("frameworks.refusal.ownProposal"));
    // The module's own publishers do not answer for another college's framework.
    assertThatThrownBy(
            () -> As.run(w.email("pia"), PUBLISHER, () -> mappings.accept(byQuinn, null, BASE)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(catalogue.module(slug).orElseThrow().frameworks()).isEmpty();
  }

  private List<String> publishers(String curriculum) {
    return catalogue.curriculum(curriculum).orElseThrow().summary().publishers().stream()
        .map(PublisherView::slug)
        .toList();
  }
}
