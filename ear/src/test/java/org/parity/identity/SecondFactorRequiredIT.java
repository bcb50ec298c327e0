package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.parity.browser.ApiSession;
import org.parity.browser.BrowserTest;
import org.parity.browser.TestContent;
import org.parity.browser.TotpCodeMaker;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;
import org.parity.it.SharedParity;

/**
 * A role that requires a second factor (PARITY_SECOND_FACTOR_ROLES; set here in the running server
 * for FACILITATOR, as an operator would) can do nothing else until its holder sets one up: every
 * page leads to /me/security, the API answers 403; afterwards everything opens again. Someone
 * without such a role is not asked.
 */
// Alone: it makes the server ask every administrator for a second factor while it runs.
@Isolated
class SecondFactorRequiredIT extends BrowserTest {

  private static final String PASSWORD = "copper willow signal 81";
  private static final String SETTING = "parity.second.factor.roles";

  @Test
  void aFacilitatorMustSetUpASecondFactorBeforeAnythingElse() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String facilitator = "sf-facilitator-" + run + "@example.org";
    String member = "sf-member-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        facilitator, "Fen Facilitator", PASSWORD, List.of("FACILITATOR"), TestContent.COLLEGE);
    accounts.create(member, "Mo Member", PASSWORD, List.of(), TestContent.COLLEGE);
    require("FACILITATOR");
    try {
      new LoginPage(browser).open().signIn(facilitator, PASSWORD);
      assertThat(browser.path()).isEqualTo("/me/security");
      assertThat(browser.text("#second-factor-required")).isNotBlank();
      browser.open("/networks");
      assertThat(browser.path()).as("no other page until it is set up").isEqualTo("/me/security");
      ApiSession api = ApiSession.signedIn(base, facilitator, PASSWORD);
      assertThat(api.get("/api/v1/me/enrolments").statusCode()).isEqualTo(403);

      browser.submit("[id='enrol:begin']");
      TotpCodeMaker phone = new TotpCodeMaker(browser.text("#totp-secret"));
      browser.type("[id='enrol:code']", phone.codeAt(Instant.now()));
      browser.submit("[id='enrol:confirm']");
      assertThat(browser.text("#second-factor-status")).contains("On");
      browser.open("/networks");
      assertThat(browser.path()).isEqualTo("/networks");

      // Someone whose roles do not require one is not asked.
      LoginPage.signOut(browser);
      new LoginPage(browser).open().signIn(member, PASSWORD);
      assertThat(browser.path()).isEqualTo("/me");
    } finally {
      require(null);
    }
  }

  /** Sets the roles in the running server (a system property, which wins over the variable). */
  private void require(String roles) throws Exception {
    try (ModelControllerClient management = SharedParity.management()) {
      ModelNode address = Operations.createAddress("system-property", SETTING);
      ModelNode read = Operations.createReadResourceOperation(address);
      if (Operations.isSuccessfulOutcome(management.execute(read))) {
        execute(management, Operations.createRemoveOperation(address));
      }
      if (roles != null) {
        ModelNode add = Operations.createAddOperation(address);
        add.get("value").set(roles);
        execute(management, add);
      }
    }
  }

  private static void execute(ModelControllerClient management, ModelNode operation)
      throws Exception {
    ModelNode result = management.execute(operation);
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
  }
}
