package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.infrastructure.Networks;

/**
 * The example people of the starter content: accounts that cannot sign in (disabled, no usable
 * password, addresses on the reserved .invalid domain), members of the starter network.
 */
@Dependent
public class ExampleMembers {

  /** One example person, as the starter content names them. */
  public record Person(String email, String name, String profession, String organisation) {}

  // People who both talk in the starter discussions and belong to a starter team.
  public static final Person AMIRA =
      new Person(
          "amira.example@parity.invalid", "Amira Shah (example)", "GP", "Riverside Health Centre");
  public static final Person TOMOS =
      new Person(
          "tomos.example@parity.invalid",
          "Tomos Rees (example)",
          "MENTAL_HEALTH_NURSE",
          "Valley Community Mental Health Team");
  public static final Person GRACE =
      new Person(
          "grace.example@parity.invalid",
          "Grace Okafor (example)",
          "PSYCHOLOGICAL_THERAPIST",
          "Northgate Diabetes Service");

  @Inject Accounts accounts;
  @Inject Networks networks;

  /** The person's account, made if missing, and a member of the network since then. */
  public Account member(Person person, LearningNetwork network, Instant since) {
    Account account =
        accounts
            .byEmail(person.email())
            .orElseGet(
                () -> {
                  Account created =
                      new Account(
                          person.email(),
                          new Profile(
                              person.name(),
                              person.profession(),
                              person.organisation(),
                              null,
                              null,
                              null),
                          // No hash matches "!": nobody signs in as an example person.
                          "!",
                          since);
                  created.disable();
                  accounts.add(created);
                  return created;
                });
    if (networks.membership(network, account).isEmpty()) {
      networks.add(new NetworkMembership(network, account, since));
    }
    return account;
  }
}
