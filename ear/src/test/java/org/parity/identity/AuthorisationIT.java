package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.identity.application.AccountAdministrationService;
import org.parity.identity.application.AccountSettingsService;
import org.parity.identity.application.AccountView;
import org.parity.identity.application.RegistrationRequest;
import org.parity.identity.application.RegistrationService;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;
import org.parity.it.Deployments;
import org.parity.platform.InvalidInput;
import org.parity.platform.mail.MailOutbox;

/** Authorisation is decided in the services, whatever a page shows or hides. */
@ExtendWith(ArquillianExtension.class)
class AuthorisationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(AuthorisationIT.class);
  }

  @Inject AccountAdministrationService administration;
  @Inject AccountSettingsService settings;
  @Inject MailOutbox outbox;
  @Inject AsLearner asLearner;
  @Inject AsAdmin asAdmin;

  @Test
  void aLearnerCallingAnAdministratorServiceIsRefused() {
    assertThatThrownBy(() -> asLearner.call(() -> administration.searchAccounts("", 0, 10)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                asLearner.call(
                    () -> {
                      administration.disable(1L);
                      return null;
                    }))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asLearner.call(() -> outbox.newestFirst(0, 10)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void nobodySignedInMayUseAccountServices() {
    assertThatThrownBy(() -> administration.countAccounts(""))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> settings.myAccount()).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anAdministratorMayListAccountsAndAddOrganisations() throws Exception {
    long total = asAdmin.call(() -> administration.countAccounts(""));
    assertThat(total).isPositive();
    assertThat(asAdmin.call(() -> administration.searchAccounts("", 0, 5))).hasSizeBetween(1, 5);

    String name = "Test College " + System.nanoTime();
    asAdmin.call(() -> administration.addOrganisation(name, Organisation.Kind.COLLEGE));
    assertThat(asAdmin.call(() -> administration.organisations()))
        .anySatisfy(org -> assertThat(org.name()).isEqualTo(name));
    assertThatThrownBy(
            () -> asAdmin.call(() -> administration.addOrganisation(name, Organisation.Kind.TRUST)))
        .hasMessageContaining("organisation.exists");
  }

  @Inject RegistrationService registration;
  @Inject StoredState stored;

  @Test
  void anAdministratorGivesRolesAndOrganisationsButNeverLeavesAnAccountWithoutARole()
      throws Exception {
    String email = "access-" + java.util.UUID.randomUUID() + "@example.org";
    registration.register(
        new RegistrationRequest(
            email,
            "quartz willow harbour 77",
            new Profile("Lee Ward", "AHP", null, null, null, null)),
        "http://parity.test");
    long id = stored.account(email).orElseThrow().getId();
    long organisation = asAdmin.call(() -> administration.organisations()).get(0).id();

    asAdmin.call(
        () -> {
          administration.updateAccess(
              id, java.util.Set.of(Role.LEARNER, Role.EDITOR), java.util.List.of(organisation));
          return null;
        });
    AccountView updated = asAdmin.call(() -> administration.account(id));
    assertThat(updated.roles()).containsExactlyInAnyOrder("LEARNER", "EDITOR");
    assertThat(updated.organisations())
        .extracting(AccountView.OrganisationView::id)
        .containsExactly(organisation);

    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> {
                      administration.updateAccess(id, java.util.Set.of(), java.util.List.of());
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("roles", "admin.rolesRequired"));
    assertThat(asAdmin.call(() -> administration.account(id)).roles())
        .containsExactlyInAnyOrder("LEARNER", "EDITOR");
  }
}
