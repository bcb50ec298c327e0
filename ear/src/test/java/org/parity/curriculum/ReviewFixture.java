package org.parity.curriculum;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;

/** Puts a published module's review dates where a test needs them, in a transaction of its own. */
@Stateless
public class ReviewFixture {

  @PersistenceContext EntityManager em;
  @Inject Curricula curricula;

  /** The newest published version of the module. */
  public ModuleVersion published(String slug) {
    return curricula.latestPublishedModule(slug).orElseThrow();
  }

  /** As if the newest published version had been approved on {@code day}, due {@code months} on. */
  public void reviewedOn(String slug, LocalDate day, int months) {
    published(slug).review().reviewedOn(day, months);
  }

  /** A confirmed EDITOR of the module's owner. */
  public String editorFor(String slug, String run) {
    ModuleVersion version = published(slug);
    String email = "review-editor-" + run + "@example.org";
    Account editor =
        new Account(
            email,
            new Profile("Rae Reviewer " + run, "GP", null, null, null, null),
            "x",
            Instant.now());
    em.persist(editor);
    editor.replaceRoles(EnumSet.of(Role.LEARNER, Role.EDITOR));
    editor.replaceOrganisations(Set.of(version.getModule().getOwner()));
    return email;
  }

  /** The subjects of the mail queued for {@code recipient}, oldest first. */
  public List<String> subjectsFor(String recipient) {
    return em.createQuery(
            "select m.subject from OutgoingMail m where m.recipient = :r order by m.id",
            String.class)
        .setParameter("r", recipient)
        .getResultList();
  }
}
