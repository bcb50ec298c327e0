package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;

class MailPreferenceTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void startsOnTheDailyDigestWithAnUnguessableUrlSafeToken() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      MailPreference preference = new MailPreference(i);
      assertThat(preference.getChoice()).isEqualTo(MailPreference.Choice.DAILY_DIGEST);
      assertThat(preference.getUnsubscribeToken()).matches("[A-Za-z0-9_-]{43}");
      tokens.add(preference.getUnsubscribeToken());
    }
    assertThat(tokens).hasSize(100);
  }

  @Test
  void theOneClickLinkTurnsMailOffAndTheButtonRestoresWhatTheMemberHad() {
    MailPreference preference = new MailPreference(1);
    preference.choose(MailPreference.Choice.AT_ONCE);
    preference.unsubscribe();
    preference.unsubscribe();
    assertThat(preference.getChoice()).isEqualTo(MailPreference.Choice.NEVER);
    preference.resubscribe();
    assertThat(preference.getChoice()).isEqualTo(MailPreference.Choice.AT_ONCE);

    MailPreference never = new MailPreference(2);
    never.choose(MailPreference.Choice.NEVER);
    never.unsubscribe();
    never.resubscribe();
    assertThat(never.getChoice()).isEqualTo(MailPreference.DEFAULT);
  }

  @Test
  void closedNetworksTellOnlyMembersAndLeavingSilencesANetwork() {
    Account reader =
        new Account("gp@example.org", new Profile("Gwen", "GP", null, null, null, null), "h", NOW);
    LearningNetwork open =
        new LearningNetwork(
            "o",
            "Open",
            "About",
            LearningNetwork.Access.OPEN,
            List.of(),
            List.of(),
            List.of(),
            NOW);
    LearningNetwork closed =
        new LearningNetwork(
            "c",
            "Closed",
            "About",
            LearningNetwork.Access.CLOSED,
            List.of(),
            List.of(),
            List.of(),
            NOW);
    assertThat(Readership.mayHearOf(reader, open, null)).isTrue();
    assertThat(Readership.mayHearOf(reader, closed, null)).isFalse();
    NetworkMembership member = NetworkMembership.facilitator(closed, reader, NOW);
    assertThat(Readership.mayHearOf(reader, closed, member)).isTrue();
    member.leave(NOW);
    assertThat(Readership.mayHearOf(reader, closed, member)).isFalse();
    NetworkMembership left = new NetworkMembership(open, reader, NOW);
    left.leave(NOW);
    assertThat(Readership.mayHearOf(reader, open, left)).isFalse();
    reader.grant(Role.ADMIN);
    assertThat(Readership.mayHearOf(reader, closed, null)).isTrue();
    reader.disable();
    assertThat(Readership.mayHearOf(reader, open, null)).isFalse();
  }
}
