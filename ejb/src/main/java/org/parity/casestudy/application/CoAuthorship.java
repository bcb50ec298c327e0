package org.parity.casestudy.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parity.casestudy.application.CaseStudyViews.CoAuthorView;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.domain.CoAuthor;
import org.parity.casestudy.infrastructure.CaseStudies;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.Configuration;
import org.parity.platform.mail.MailOutbox;

/**
 * The people asked to be named as a study's co-authors: each is told by mail, reads the draft, and
 * agrees or declines; only those who agreed are named on the published study.
 */
@Dependent
public class CoAuthorship {

  @Inject CaseStudies studies;
  @Inject Accounts accounts;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** Asks each address (but the author's) once, by mail with a link to the draft. */
  public void ask(CaseStudy study, String title, List<String> emails, String pageBase) {
    String author =
        accounts.byEmail(study.getAuthorEmail()).map(Account::getDisplayName).orElse("A colleague");
    String link = configuration.linkBase(pageBase) + "/case-studies/" + study.getSlug() + "/edit";
    emails.stream()
        .map(EmailAddress::normalise)
        .distinct()
        .filter(email -> !study.isAuthoredBy(email))
        .forEach(
            email -> {
              studies.add(new CoAuthor(study, email, clock.instant()));
              String greeting =
                  accounts.byEmail(email).map(a -> "Hello " + a.getDisplayName()).orElse("Hello");
              outbox.enqueue(
                  email,
                  "Be named as a co-author of \"" + title + "\"?",
                  greeting
                      + ",\n\n"
                      + author
                      + " turned your team's work into a case-study draft, \""
                      + title
                      + "\", and would like to name you as a co-author. Read the draft and agree"
                      + " or decline here:\n\n"
                      + link
                      + "\n\nOnly the people who agree are named when it is published.\n\nParity",
                  link);
            });
  }

  public List<CoAuthorView> of(CaseStudy study) {
    return studies.coAuthors(study).stream()
        .map(
            c -> {
              Optional<Account> person = accounts.byEmail(c.getEmail());
              return new CoAuthorView(
                  person.map(Account::getDisplayName).orElse(c.getEmail()),
                  person.map(Account::getProfession).orElse(null),
                  c.getStatus().name());
            })
        .toList();
  }

  public Optional<CoAuthor> of(CaseStudy study, String email) {
    return email == null
        ? Optional.empty()
        : studies.coAuthors(study).stream().filter(c -> c.is(email)).findFirst();
  }

  /** The names the public page gives: the author's and those of co-authors who agreed. */
  public List<String> named(CaseStudy study) {
    List<CoAuthor> agreed =
        studies.coAuthors(study).stream()
            .filter(c -> c.getStatus() == CoAuthor.Status.AGREED)
            .toList();
    if (agreed.isEmpty()) {
      return List.of();
    }
    return Stream.concat(Stream.of(study.getAuthorEmail()), agreed.stream().map(CoAuthor::getEmail))
        .flatMap(email -> accounts.byEmail(email).stream())
        .map(Account::getDisplayName)
        .toList();
  }
}
