package org.parity.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Role;

class SecondFactorRuleTest {

  @Test
  void byDefaultThoseWhoChangeWhatOthersSeeMustHaveOne() {
    assertThat(SecondFactorRule.requiredRoles(SecondFactorRule.DEFAULT_ROLES))
        .containsExactlyInAnyOrder(Role.ADMIN, Role.PUBLISHER, Role.FACILITATOR);
  }

  @Test
  void theSettingNamesRolesInAnyCaseOrNone() {
    assertThat(SecondFactorRule.requiredRoles(" admin , Editor,unknown"))
        .containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
    assertThat(SecondFactorRule.requiredRoles("none")).isEmpty();
  }
}
