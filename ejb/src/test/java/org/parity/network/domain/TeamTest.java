package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.learning.domain.LearningFixtures;

/** A team's rules: who leads, who is invited and answers, its size, and the profession mix. */
class TeamTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private static final LearningNetwork NETWORK = TestNetwork.open(NOW);

  private static Team team() {
    Team team =
        new Team(
            NETWORK,
            " Riverside team ",
            "Riverside PCN",
            "Annual health checks for SMI are missed",
            List.of("SMI_PHYSICAL_HEALTH"),
            "Gill@Example.org",
            NOW);
    numberMembers(team);
    return team;
  }

  /** Ids as the database would give them, so members can be named by id. */
  private static void numberMembers(Team team) {
    long id = 1;
    for (TeamMember member : team.getMembers()) {
      try {
        Field field = TeamMember.class.getDeclaredField("id");
        field.setAccessible(true);
        if (field.get(member) == null) {
          field.set(member, id);
        }
        id++;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void whoeverStartsATeamLeadsIt() {
    Team team = team();
    assertThat(team.getName()).isEqualTo("Riverside team");
    assertThat(team.isLead("gill@example.org")).isTrue();
    assertThat(team.isActiveMember("GILL@example.org")).isTrue();
    assertThat(team.active()).hasSize(1);
  }

  @Test
  void anInvitationIsAnsweredOnceByThePersonInvited() {
    Team team = team();
    team.invite("Nia@Example.org", "gill@example.org", NOW);
    assertThatThrownBy(() -> team.invite("nia@example.org", "gill@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("Already");
    assertThatThrownBy(() -> team.answer("someone@example.org", true, NOW))
        .isInstanceOf(NetworkException.class);

    team.answer("nia@example.org", false, NOW);
    assertThat(team.member("nia@example.org").orElseThrow().getStatus())
        .isEqualTo(TeamMember.Status.DECLINED);
    assertThatThrownBy(() -> team.answer("nia@example.org", true, NOW))
        .isInstanceOf(NetworkException.class);

    // Who declined may be asked again, and join.
    team.invite("nia@example.org", "gill@example.org", NOW.plusSeconds(60));
    team.answer("nia@example.org", true, NOW.plusSeconds(120));
    assertThat(team.isActiveMember("nia@example.org")).isTrue();
    assertThat(team.getMembers()).hasSize(2);
  }

  @Test
  void aTeamHasOneOrTwoLeadsFromItsMembers() {
    Team team = team();
    team.invite("nia@example.org", "gill@example.org", NOW);
    team.invite("raj@example.org", "gill@example.org", NOW);
    numberMembers(team);
    long gill = team.member("gill@example.org").orElseThrow().getId();
    long nia = team.member("nia@example.org").orElseThrow().getId();
    long raj = team.member("raj@example.org").orElseThrow().getId();

    assertThatThrownBy(() -> team.makeLead(nia))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("joined");
    team.answer("nia@example.org", true, NOW);
    team.answer("raj@example.org", true, NOW);
    team.makeLead(nia);
    assertThatThrownBy(() -> team.makeLead(raj))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("one or two leads");

    team.stepDown(gill);
    assertThat(team.leads()).extracting(TeamMember::getEmail).containsExactly("nia@example.org");
    assertThatThrownBy(() -> team.stepDown(nia))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("at least one lead");
  }

  @Test
  void aTeamHasAtMostTwelvePeople() {
    Team team = team();
    for (int i = 1; i < Team.MOST_MEMBERS; i++) {
      team.invite("person" + i + "@example.org", "gill@example.org", NOW);
    }
    assertThatThrownBy(() -> team.invite("one-more@example.org", "gill@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("12");
  }

  @Test
  void aClosedTeamTakesNobodyNew() {
    Team team = team();
    team.invite("nia@example.org", "gill@example.org", NOW);
    team.close("facilitator@example.org", NOW);
    assertThat(team.isOpen()).isFalse();
    assertThatThrownBy(() -> team.invite("raj@example.org", "gill@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> team.answer("nia@example.org", true, NOW))
        .isInstanceOf(NetworkException.class);
  }

  @Test
  void aTeamOfOneProfessionIsWarnedAbout() {
    assertThat(Team.oneProfession(List.of("GP", "GP", "GP"))).isTrue();
    assertThat(Team.oneProfession(List.of("GP", "PRACTICE_NURSE"))).isFalse();
    // One person is not yet a team; unknown professions say nothing.
    assertThat(Team.oneProfession(List.of("GP"))).isFalse();
    assertThat(Team.oneProfession(java.util.Arrays.asList("GP", null, ""))).isFalse();
    assertThat(Team.oneProfession(java.util.Arrays.asList("GP", "GP", null))).isTrue();
  }

  @Test
  void aTeamIsEnrolledOnceOnEachPublishedCurriculumOrModule() {
    Team team = team();
    ModuleVersion module = LearningFixtures.module("depression-in-ltc", 1, 1, 3, 1);
    Curriculum foundations = LearningFixtures.newCurriculum();
    CurriculumVersion first = LearningFixtures.curriculum(foundations, 1, module);

    TeamEnrolment enrolled = team.enrol(first, null, "Gill@Example.org", NOW);
    assertThat(enrolled.modules()).containsExactly(module);
    assertThat(enrolled.getEnrolledBy()).isEqualTo("gill@example.org");
    // The module on its own is other learning; the curriculum again, in any version, is not.
    team.enrol(null, module, "gill@example.org", NOW);
    CurriculumVersion second = LearningFixtures.curriculum(foundations, 2, module);
    assertThatThrownBy(() -> team.enrol(second, null, "gill@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("already");
    assertThat(team.getEnrolments()).hasSize(2);
  }

  @Test
  void onlyPublishedLearningAndOnlyAnOpenTeam() {
    Team team = team();
    ModuleVersion published = LearningFixtures.module("anxiety", 1, 1, 3, 1);
    ModuleVersion draft = published.nextDraft(2, NOW);
    assertThatThrownBy(() -> team.enrol(null, draft, "gill@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("published");
    team.close("facilitator@example.org", NOW);
    assertThatThrownBy(() -> team.enrol(null, published, "gill@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("closed");
    assertThat(team.getEnrolments()).isEmpty();
  }

  private static Team otherTeam(String lead) {
    Team team =
        new Team(NETWORK, "Valley team", "Valley PCN", "Checks are missed", List.of(), lead, NOW);
    numberMembers(team);
    return team;
  }

  private static void join(Team team, String email) {
    team.invite(email, "gill@example.org", NOW);
    team.answer(email, true, NOW);
    numberMembers(team);
  }

  @Test
  void aFacilitatorMovesAMemberButNotATeamsLastLead() {
    Team riverside = team();
    join(riverside, "nia@example.org");
    Team valley = otherTeam("tomos@example.org");

    riverside.moveTo(valley, "nia@example.org", "fran@example.org", NOW);
    assertThat(riverside.isActiveMember("nia@example.org")).isFalse();
    assertThat(valley.isActiveMember("nia@example.org")).isTrue();
    assertThat(valley.isLead("nia@example.org")).as("moved as a member").isFalse();

    assertThatThrownBy(() -> riverside.moveTo(valley, "gill@example.org", "fran@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("at least one lead");
    assertThatThrownBy(
            () -> riverside.moveTo(riverside, "gill@example.org", "fran@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("another open team");
    valley.close("fran@example.org", NOW);
    join(riverside, "raj@example.org");
    assertThatThrownBy(() -> riverside.moveTo(valley, "raj@example.org", "fran@example.org", NOW))
        .isInstanceOf(NetworkException.class);
  }

  @Test
  void mergingMovesEveryMemberAndClosesTheTeam() {
    Team riverside = team();
    join(riverside, "nia@example.org");
    Team valley = otherTeam("tomos@example.org");
    valley.invite("nia@example.org", "tomos@example.org", NOW);

    riverside.mergeInto(valley, "fran@example.org", NOW);
    assertThat(riverside.isOpen()).isFalse();
    assertThat(valley.active())
        .extracting(TeamMember::getEmail)
        .containsExactlyInAnyOrder("tomos@example.org", "gill@example.org", "nia@example.org");
    assertThat(valley.leads())
        .extracting(TeamMember::getEmail)
        .containsExactly("tomos@example.org");
  }

  @Test
  void aMergeThatWouldMakeMoreThanTwelveIsRefused() {
    Team riverside = team();
    for (int i = 0; i < 6; i++) {
      join(riverside, "r" + i + "@example.org");
    }
    Team valley = otherTeam("tomos@example.org");
    for (int i = 0; i < 5; i++) {
      join(valley, "v" + i + "@example.org");
    }
    assertThatThrownBy(() -> riverside.mergeInto(valley, "fran@example.org", NOW))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("12");
    assertThat(riverside.isOpen()).isTrue();
    assertThat(valley.active()).hasSize(6);
  }
}
