package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.browser.BrowserTest;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.RegisterPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Signing in with an organisation's account, through a real OpenID provider (Keycloak, with the
 * realm in src/test/keycloak) and its own sign-in page: the code flow with PKCE, state and nonce; a
 * new person gets an account with the provider's name and address, an existing account is linked by
 * the address the provider has confirmed, and nothing else signs anyone in.
 */
@ExtendWith(KeycloakRealm.class)
class OrganisationSignInIT extends BrowserTest {

  private static final String PARITY_PASSWORD = "harbour lantern thistle 58";

  @Test
  void aNewPersonSignsInThroughTheirOrganisationAndHasAnAccountFromThen() throws Exception {
    String amara = KeycloakRealm.newPerson("Amara", "Nwosu", true);
    browser.open("/login?next=/me/security");
    assertThat(browser.text("#organisation-sign-in")).isEqualTo("Sign in with North Trust");

    LoginPage login = new LoginPage(browser);
    login.goToOrganisation();
    URI provider = URI.create(browser.url());
    assertThat(provider.getHost() + ":" + provider.getPort()).isEqualTo("127.0.0.1:18180");
    assertThat(provider.getQuery())
        .contains("code_challenge_method=S256", "code_challenge=", "state=", "nonce=")
        .contains("redirect_uri=" + browser.base() + "/login/organisation/return");
    browser.type("#username", amara);
    browser.type("#password", KeycloakRealm.PASSWORD);
    browser.leaveBy("#kc-login");
    browser.checkPage();

    assertThat(browser.path()).as("back where sign-in was asked for").isEqualTo("/me/security");
    assertThat(browser.text("#organisation-linked")).contains("signs in through North Trust");
    browser.open("/me");
    assertThat(browser.text("#me-name")).isEqualTo("Amara Nwosu");

    // Next time the provider's subject finds the same account (the provider remembers her, so no
    // password is asked there).
    LoginPage.signOut(browser);
    new LoginPage(browser).open().goToOrganisation();
    browser.checkPage();
    assertThat(browser.path()).isEqualTo("/me");
    assertThat(browser.text("#me-name")).isEqualTo("Amara Nwosu");
  }

  @Test
  void anAccountWithTheConfirmedAddressIsLinkedAndKeepsItsPassword() throws Exception {
    String owen = KeycloakRealm.newPerson("Owen", "Price", true);
    String email = owen + "@north-trust.example";
    new TestAccounts(browser)
        .create(
            email,
            "Dr Owen Price",
            PARITY_PASSWORD,
            List.of(),
            "College of Whole-Person Care (demo)");

    new LoginPage(browser).open().signInThroughOrganisation(owen, KeycloakRealm.PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");
    assertThat(browser.text("#me-name")).as("the existing account").isEqualTo("Dr Owen Price");
    browser.open("/me/security");
    assertThat(browser.text("#organisation-linked")).contains("North Trust");

    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(email, PARITY_PASSWORD);
    assertThat(browser.path()).as("the Parity password still works").isEqualTo("/me");
  }

  @Test
  void someoneWhoRegisteredTheAddressFirstLosesTheAccountToItsOwner() throws Exception {
    String rhys = KeycloakRealm.newPerson("Rhys", "Cole", true);
    String email = rhys + "@north-trust.example";
    String squattersPassword = "cobalt meadow ferry 19";
    assertThat(
            new RegisterPage(browser)
                .open()
                .register(email, "Not Rhys", "GP", squattersPassword)
                .isDone())
        .isTrue();

    new LoginPage(browser).open().signInThroughOrganisation(rhys, KeycloakRealm.PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");

    // The address was never confirmed by whoever registered it: their password opens nothing now.
    LoginPage.signOut(browser);
    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, squattersPassword);
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(login.messages()).contains("not right");
  }

  @Test
  void anAddressTheOrganisationHasNotConfirmedSignsNoOneIn() throws Exception {
    String lena = KeycloakRealm.newPerson("Lena", "Marsh", false);
    LoginPage login = new LoginPage(browser).open();
    login.signInThroughOrganisation(lena, KeycloakRealm.PASSWORD);
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(login.organisationRefusal()).contains("has not confirmed your email address");
    browser.open("/me");
    assertThat(browser.path()).as("not signed in").isEqualTo("/login");
  }

  @Test
  void anAnswerThisBrowserDidNotAskForSignsNoOneIn() {
    LoginPage login = new LoginPage(browser).open();
    login.goToOrganisation();
    // Back from "the provider" with a state this browser was not given (a forged or stolen answer).
    browser.open("/login/organisation/return?state=forged&code=anything");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(login.organisationRefusal()).contains("did not work");

    // The attempt is spent: its own answer, replayed later, is refused too.
    browser.open("/login/organisation/return?state=forged&code=anything");
    assertThat(login.organisationRefusal()).contains("took too long or was already used");
    browser.open("/me");
    assertThat(browser.path()).as("not signed in").isEqualTo("/login");
  }
}
