package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.teams.TeamPeople.BASE;
import static org.parity.teams.TeamPeople.MEMBER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyViews.Draft;
import org.parity.it.As;
import org.parity.it.Deployments;
import org.parity.network.application.ForumService;
import org.parity.network.application.ThreadPromotion;
import org.parity.network.application.ThreadPromotion.FaqView;
import org.parity.network.application.ThreadPromotion.QuoteView;
import org.parity.platform.InvalidInput;

/**
 * Only a network's facilitators turn its discussions into an FAQ entry or a case-study draft; what
 * they quote is the thread's visible posts, attributed to their authors, who are told.
 */
@ExtendWith(ArquillianExtension.class)
class ThreadPromotionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(ThreadPromotionIT.class);
  }

  @Inject TeamPeople people;
  @Inject ForumService forum;
  @Inject ThreadPromotion promotion;
  @Inject CaseStudyAuthoring studies;

  @Test
  void aFacilitatorQuotesADiscussionWithItsAuthorsWhoAreTold() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long topic = people.topic(network);
    long thread =
        As.call(
            made.member(),
            MEMBER,
            () ->
                forum.startThread(
                    network,
                    new ForumService.NewThread(
                        topic,
                        "Asking about mood at reviews",
                        "We ask two questions at every diabetes review.",
                        List.of(),
                        null,
                        null,
                        null)));
    As.call(
        made.lead(),
        MEMBER,
        () -> forum.reply(network, thread, "We put them on the review template."));

    // A member, and another network's facilitator, may not.
    assertThatThrownBy(() -> As.call(made.member(), MEMBER, () -> promotion.posts(network, thread)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                As.call(
                    made.otherFacilitator(),
                    MEMBER,
                    () -> promotion.toFaq(network, thread, "Q?", List.of(1), BASE)))
        .isInstanceOf(EJBAccessException.class);

    // Nothing chosen, a post not in the thread, or no question is refused beside the field.
    assertThat(refusal(() -> promotion.toFaq(network, thread, "Q?", List.of(), BASE), made))
        .containsEntry("posts", "promote.choosePosts");
    assertThat(refusal(() -> promotion.toCaseStudy(network, thread, List.of(1, 9), BASE), made))
        .containsEntry("posts", "promote.unknownPost");
    assertThat(refusal(() -> promotion.toFaq(network, thread, " ", List.of(1), BASE), made))
        .containsEntry("question", "promote.questionRequired");

    // An FAQ entry quotes both posts in the thread's order, with their authors, for all readers.
    As.call(
        made.facilitator(),
        MEMBER,
        () -> promotion.toFaq(network, thread, "How do we ask about mood?", List.of(2, 1), BASE));
    List<FaqView> faq = As.call(made.outsider(), MEMBER, () -> promotion.faq(network));
    assertThat(faq)
        .singleElement()
        .extracting(FaqView::question)
        .isEqualTo("How do we ask about mood?");
    assertThat(faq.get(0).quotes())
        .extracting(QuoteView::number, QuoteView::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Person " + made.member()),
            org.assertj.core.groups.Tuple.tuple(2, "Person " + made.lead()));
    assertThat(people.subjectsOfMailTo(made.member()))
        .contains("Your post is quoted in the network's FAQ");
    assertThat(people.noticesOf(made.lead())).contains("POST_QUOTED_IN_FAQ");

    // A case-study draft of the facilitator's own: the first post the problem, the rest what was
    // done, each with who said it.
    String slug =
        As.call(
            made.facilitator(),
            MEMBER,
            () -> promotion.toCaseStudy(network, thread, List.of(1, 2), BASE));
    Draft draft = As.call(made.facilitator(), MEMBER, () -> studies.draftBySlug(slug));
    assertThat(draft.authorEmail()).isEqualTo(made.facilitator());
    assertThat(draft.content().title()).isEqualTo("Asking about mood at reviews");
    assertThat(draft.content().problem())
        .contains("We ask two questions")
        .contains("Person " + made.member());
    assertThat(draft.content().intervention())
        .contains("review template")
        .contains("Person " + made.lead());
    assertThat(people.noticesOf(made.member())).contains("POST_QUOTED_IN_CASE_STUDY");

    // Only a facilitator takes an entry out.
    long entry = faq.get(0).id();
    assertThatThrownBy(
            () -> As.run(made.member(), MEMBER, () -> promotion.removeFaq(network, entry)))
        .isInstanceOf(EJBAccessException.class);
    As.run(made.facilitator(), MEMBER, () -> promotion.removeFaq(network, entry));
    assertThat(As.call(made.member(), MEMBER, () -> promotion.faq(network))).isEmpty();
  }

  private static java.util.Map<String, String> refusal(
      java.util.concurrent.Callable<?> step, TeamPeople.Made made) {
    try {
      As.call(made.facilitator(), MEMBER, step);
    } catch (InvalidInput refused) {
      return refused.fieldErrors();
    } catch (Exception other) {
      throw new AssertionError("Refused otherwise", other);
    }
    throw new AssertionError("Not refused");
  }
}
