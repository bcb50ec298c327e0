package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.platform.InvalidInput;

/**
 * A programme's rules: it needs a title; its sessions and teams are its own network's; a session's
 * CPD title names the programme; a team registers members only for sessions still to come.
 */
class EventProgrammeTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private final LearningNetwork network = network("n");
  private final LearningNetwork other = network("o");
  private final Account ana =
      new Account("ana@example.org", new Profile("Ana", "GP", null, null, null, null), "h", NOW);

  private static LearningNetwork network(String slug) {
    return new LearningNetwork(
        slug,
        "Network " + slug,
        "About",
        LearningNetwork.Access.OPEN,
        List.of(),
        List.of(),
        List.of(),
        NOW);
  }

  private NetworkEvent session(LearningNetwork of) {
    return new NetworkEvent(
        of,
        new EventDetails(
            "Mood",
            "A session",
            LocalDateTime.parse("2026-12-22T18:30"),
            LocalDateTime.parse("2026-12-22T20:00"),
            "Europe/London",
            "https://meet.example.org/x",
            null,
            10),
        List.of(),
        ana,
        NOW);
  }

  @Test
  void aProgrammeNeedsATitle() {
    assertThatThrownBy(() -> new EventProgramme(network, " ", null, "fran@x.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("programmeTitle", "programme.titleRequired"));
    assertThat(new EventProgramme(network, " Workshops ", " ", "fran@x.org", NOW).getDescription())
        .isNull();
  }

  @Test
  void aSessionIsOfItsOwnNetworksProgrammeAndItsCreditNamesIt() {
    EventProgramme programme = new EventProgramme(network, "Workshops", null, "fran@x.org", NOW);
    NetworkEvent session = session(network);
    assertThat(session.cpdTitle()).isEqualTo("Mood");
    session.partOf(programme);
    assertThat(session.cpdTitle()).isEqualTo("Workshops: Mood");
    assertThatThrownBy(() -> session(other).partOf(programme))
        .hasFieldOrPropertyWithValue("key", "programme.refusal.otherNetwork");
  }

  @Test
  void aTeamOfAnotherNetworkOrAClosedTeamDoesNotRegister() {
    EventProgramme programme = new EventProgramme(network, "Workshops", null, "fran@x.org", NOW);
    Team elsewhere = new Team(other, "Team", "Place", "Problem", List.of(), "gill@x.org", NOW);
    assertThatThrownBy(() -> new ProgrammeTeam(programme, elsewhere, "gill@x.org", NOW))
        .hasFieldOrPropertyWithValue("key", "programme.refusal.otherNetwork");
    Team closed = new Team(network, "Team", "Place", "Problem", List.of(), "gill@x.org", NOW);
    closed.close("fran@x.org", NOW);
    assertThatThrownBy(() -> new ProgrammeTeam(programme, closed, "gill@x.org", NOW))
        .hasFieldOrPropertyWithValue("key", "team.refusal.closed");
  }

  @Test
  void membersAreRegisteredOnlyForSessionsStillToComeAndOnlyOnce() {
    NetworkEvent session = session(network);
    assertThat(session.mayRegister(ana, NOW)).isTrue();
    session.register(ana, NOW);
    assertThat(session.mayRegister(ana, NOW)).as("registered already").isFalse();
    assertThat(session(network).mayRegister(ana, Instant.parse("2026-12-22T18:31:00Z")))
        .as("started")
        .isFalse();
  }
}
