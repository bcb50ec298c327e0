package org.parity.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mail is sent by the one node that claims it; a claim runs out if its node dies mid-send. */
class OutgoingMailClaimTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

  private static OutgoingMail pending() {
    return new OutgoingMail("gp@example.org", "Subject", "Body", null, true, NOW);
  }

  @Test
  void oneNodeSendsItWhileItsClaimHolds() {
    OutgoingMail mail = pending();
    assertThat(mail.claimForSending("node-1", NOW, NOW.plusSeconds(300))).isTrue();
    assertThat(mail.getSendingBy()).isEqualTo("node-1");
    assertThat(mail.claimForSending("node-2", NOW.plusSeconds(10), NOW.plusSeconds(310)))
        .as("being sent by node 1")
        .isFalse();
    mail.delivered(NOW.plusSeconds(2));
    assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
    assertThat(mail.claimForSending("node-2", NOW.plusSeconds(400), NOW.plusSeconds(700)))
        .as("sent: never again")
        .isFalse();
  }

  @Test
  void aClaimLeftByANodeThatDiedRunsOutAndAFailureFreesIt() {
    OutgoingMail mail = pending();
    assertThat(mail.claimForSending("node-1", NOW, NOW.plusSeconds(300))).isTrue();
    assertThat(mail.claimForSending("node-2", NOW.plusSeconds(301), NOW.plusSeconds(601)))
        .as("node 1 never recorded the send: its claim ran out")
        .isTrue();
    mail.failed("Connection refused");
    assertThat(mail.getSendingBy()).isNull();
    assertThat(mail.claimForSending("node-1", NOW.plusSeconds(302), NOW.plusSeconds(602))).isTrue();
    assertThat(mail.claimForSending("node-1", NOW.plusSeconds(303), NOW.plusSeconds(603)))
        .as("held, even by the same node, until the send is recorded")
        .isFalse();
  }

  @Test
  void heldMailIsNeverClaimed() {
    OutgoingMail held = new OutgoingMail("gp@example.org", "S", "B", null, false, NOW);
    assertThat(held.claimForSending("node-1", NOW, NOW.plusSeconds(300))).isFalse();
  }
}
