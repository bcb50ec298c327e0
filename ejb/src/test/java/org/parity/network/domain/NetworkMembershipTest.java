package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;

class NetworkMembershipTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final Account person =
      new Account("gp@example.org", new Profile("Gwen", "GP", null, null, null, null), "h", NOW);

  private static LearningNetwork network(LearningNetwork.Access access) {
    return new LearningNetwork(
        "n", "Network", "About", access, List.of(), List.of(), List.of(), NOW);
  }

  @Test
  void anOpenNetworkTakesMembersAtOnceAndRecordsTheActivity() {
    LearningNetwork open = network(LearningNetwork.Access.OPEN);
    NetworkMembership membership = new NetworkMembership(open, person, NOW.plusSeconds(60));
    assertThat(membership.getStatus()).isEqualTo(NetworkMembership.Status.ACTIVE);
    assertThat(open.getLatestActivityAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aClosedNetworkAsksAFacilitatorWhoMustSayWhyWhenDeclining() {
    NetworkMembership request =
        new NetworkMembership(network(LearningNetwork.Access.CLOSED), person, NOW);
    assertThat(request.getStatus()).isEqualTo(NetworkMembership.Status.PENDING);
    assertThatThrownBy(() -> request.decline("fac@example.org", " ", NOW))
        .isInstanceOf(NetworkException.class);
    request.decline("fac@example.org", "For leads only.", NOW);
    assertThat(request.getStatus()).isEqualTo(NetworkMembership.Status.DECLINED);
    assertThat(request.getDecisionMessage()).isEqualTo("For leads only.");
    assertThatThrownBy(() -> request.approve("fac@example.org", null, NOW))
        .isInstanceOf(NetworkException.class);

    request.ask(NOW.plusSeconds(5));
    assertThat(request.getStatus()).isEqualTo(NetworkMembership.Status.PENDING);
    assertThat(request.getDecisionMessage()).isNull();
    request.approve("fac@example.org", null, NOW.plusSeconds(10));
    assertThat(request.isActive()).isTrue();
    assertThat(request.isFacilitator()).isFalse();
  }

  @Test
  void membersLeaveAtWillButOnlyOnce() {
    NetworkMembership membership =
        new NetworkMembership(network(LearningNetwork.Access.OPEN), person, NOW);
    membership.leave(NOW);
    assertThat(membership.getStatus()).isEqualTo(NetworkMembership.Status.LEFT);
    assertThatThrownBy(() -> membership.leave(NOW)).isInstanceOf(NetworkException.class);
    membership.ask(NOW);
    assertThat(membership.isActive()).isTrue();
  }

  @Test
  void aFacilitatorIsAnActiveMemberEvenOfAClosedNetwork() {
    NetworkMembership facilitator =
        NetworkMembership.facilitator(network(LearningNetwork.Access.CLOSED), person, NOW);
    assertThat(facilitator.isFacilitator()).isTrue();
    assertThat(facilitator.isVisibleInDirectory()).isTrue();
  }
}
