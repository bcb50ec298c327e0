package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.identity.SomeoneWithEverything.Made;
import org.parity.identity.application.ClosingAccounts;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.PersonalDataErasure;
import org.parity.it.Deployments;

/**
 * Erasure by its rules, checked over every table the database has: a person due to close, with
 * something in every table that can hold them, is erased by the hourly job; afterwards no text
 * column anywhere holds their address, name, registration number or organisation sign-in, and only
 * the records others rely on still point at the (now nameless) account.
 */
@ExtendWith(ArquillianExtension.class)
class AccountErasureIT {

  /** What may still point at a former member: what others rely on, all of it nameless. */
  private static final List<String> KEPT =
      List.of(
          "certificate.learner_id",
          "clinical_review.decided_by_id",
          "enrolment.learner_id",
          "event_registration.account_id",
          "forum_notification.actor_id",
          "forum_post.author_id",
          "forum_post_helpful.account_id",
          "forum_thread.author_id",
          "network_event.created_by_id",
          "post_flag.account_id");

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(AccountErasureIT.class);
  }

  @Inject SomeoneWithEverything someone;
  @Inject EveryTable everyTable;
  @Inject ClosingAccounts closing;
  @Inject StoredState stored;

  private static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void nothingOfThePersonIsLeftButWhatTheRulesKeep() {
    Made made = someone.make(run(), true);
    // The fixture is only a check if it reached every table that can point at a person.
    List<String> before = everyTable.accountReferencesTo(made.person());
    assertThat(before).containsExactlyInAnyOrderElementsOf(everyTable.accountKeys());

    assertThat(closing.eraseDueBy(Instant.now())).isGreaterThanOrEqualTo(1);

    for (String trace : made.traces()) {
      List<String> holding = everyTable.columnsHolding(trace);
      if (trace.equals(made.name())) {
        // The copy of a mail already delivered to a colleague ("… replied") leaves with the
        // outbox's retention: finding a name inside others' mail would take theirs with it.
        holding.remove("outgoing_mail.body");
      }
      assertThat(holding).as("columns still holding " + trace).isEmpty();
    }
    assertThat(
            stored.text(
                "SELECT subject FROM moderation_action WHERE id = ?1", made.colleague() + 1))
        .isEqualTo("Post #1 by Former member in \"Mood and blood pressure\"");
    assertThat(everyTable.accountReferencesTo(made.person()))
        .as("what still points at the former member")
        .containsExactlyInAnyOrderElementsOf(KEPT);

    String former = PersonalDataErasure.formerAddress(made.person());
    Account erased = stored.account(former).orElseThrow();
    assertThat(erased.isErased()).isTrue();
    assertThat(erased.isEnabled()).isFalse();
    assertThat(erased.getDisplayName()).isEqualTo(PersonalDataErasure.FORMER_MEMBER);
    assertThat(erased.getPasswordHash()).isNotEqualTo("x");
    assertThat(erased.getRoles()).isEmpty();
    assertThat(stored.account(made.email())).as("the address is free again").isEmpty();
    // The certificate still verifies, issued to a former member; the case study keeps its place.
    assertThat(
            stored.text(
                "SELECT learner_name FROM certificate WHERE code = ?1", made.certificateCode()))
        .isEqualTo(PersonalDataErasure.FORMER_MEMBER);
    assertThat(stored.text("SELECT organisation FROM case_study WHERE author_email = ?1", former))
        .startsWith("Org ");
    assertThat(stored.text("SELECT markdown FROM forum_post WHERE id = ?1", made.person()))
        .as("their post, which they asked to go")
        .isEmpty();
    assertThat(stored.text("SELECT markdown FROM forum_post WHERE id = ?1", made.colleague()))
        .as("the reply to it, which is someone else's")
        .isEqualTo("A kind reply");
    assertThat(
            stored.text(
                "SELECT subject FROM security_event WHERE kind = 'ACCOUNT_ERASED' AND subject = ?1",
                former))
        .isEqualTo(former);
  }

  @Test
  void postsStayUnderFormerMemberUnlessTheyAskedAndACancelledClosureErasesNothing() {
    Made keeping = someone.make(run(), false);
    Made changedMind = someone.make(run(), false);
    stored.cancelClosure(changedMind.person());

    closing.eraseDueBy(Instant.now());

    assertThat(stored.text("SELECT markdown FROM forum_post WHERE id = ?1", keeping.person()))
        .isEqualTo("Signed, " + keeping.name());
    assertThat(everyTable.columnsHolding(keeping.name()))
        .as("their own words stay, as they chose")
        .containsExactlyInAnyOrder("forum_post.markdown", "forum_post.html", "outgoing_mail.body");
    assertThat(everyTable.columnsHolding(keeping.email())).isEmpty();

    Account kept = stored.account(changedMind.email()).orElseThrow();
    assertThat(kept.isErased()).isFalse();
    assertThat(kept.getDisplayName()).isEqualTo(changedMind.name());
    assertThat(everyTable.accountReferencesTo(changedMind.person()))
        .containsExactlyInAnyOrderElementsOf(everyTable.accountKeys());
  }
}
