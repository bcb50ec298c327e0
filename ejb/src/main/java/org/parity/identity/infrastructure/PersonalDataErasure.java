package org.parity.identity.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;

/**
 * Erases one person from every table, by the rules of closing an account. What was private to them
 * (profile, reflections, answers, CPD log, tokens, notifications, subscriptions, memberships, their
 * learning record) is deleted. What others rely on stays, nameless: enrolments and certificates
 * (verifiable, issued to "Former member"), posts (under "Former member", or emptied when the person
 * asked for that), flags, helpful marks, registrations and case studies (the organisation kept, the
 * person's name and contacts gone). Wherever their address was written (as an actor, a reviewer, an
 * author) it becomes the former member's, which is nobody's. The statements span every context, as
 * {@link PersonalData}'s do, so they are plain SQL over the tables Flyway made; each table holding
 * a person is named here, and a test checks that no table was missed.
 */
@Stateless
public class PersonalDataErasure {

  /** What stands in for the person's name wherever it was shown. */
  public static final String FORMER_MEMBER = "Former member";

  // Parameters: :id the account, :email its address, :former the address that replaces it, :name
  // the display name, :label FORMER_MEMBER.
  static final List<String> PRIVATE =
      List.of(
          "DELETE FROM attempt_question WHERE attempt_id IN (SELECT a.id FROM quiz_attempt a"
              + " JOIN enrolment e ON e.id = a.enrolment_id WHERE e.learner_id = :id)",
          "DELETE FROM quiz_attempt WHERE enrolment_id IN"
              + " (SELECT id FROM enrolment WHERE learner_id = :id)",
          "DELETE FROM unit_progress WHERE enrolment_id IN"
              + " (SELECT id FROM enrolment WHERE learner_id = :id)",
          "DELETE FROM learning_statement WHERE learner_id = :id",
          "DELETE FROM cpd_entry WHERE learner_id = :id",
          "DELETE FROM cpd_target WHERE learner_id = :id",
          "DELETE FROM revalidation_evidence WHERE learner_id = :id",
          "DELETE FROM practice_summary WHERE learner_id = :id",
          "DELETE FROM forum_notification WHERE account_id = :id",
          "DELETE FROM notice WHERE account_id = :id",
          "DELETE FROM forum_subscription WHERE account_id = :id",
          "DELETE FROM forum_read_marker WHERE account_id = :id",
          "DELETE FROM mail_preference WHERE account_id = :id",
          "DELETE FROM network_membership WHERE account_id = :id",
          "DELETE FROM network_suspension WHERE account_id = :id",
          "DELETE FROM one_time_token WHERE account_id = :id",
          "DELETE FROM recovery_code WHERE account_id = :id",
          "DELETE FROM access_token WHERE account_id = :id",
          "DELETE FROM data_export WHERE account_id = :id",
          "DELETE FROM account_role WHERE account_id = :id",
          "DELETE FROM account_organisation WHERE account_id = :id",
          "DELETE FROM forum_post_revision WHERE post_id IN"
              + " (SELECT id FROM forum_post WHERE author_id = :id)",
          "DELETE FROM sign_in_throttle WHERE email_key = :email",
          // An invitation to review for a publisher is theirs; reviews they recorded stay,
          // nameless.
          "DELETE FROM publisher_reviewer WHERE email = :email",
          // Their place in teams, or an invitation to one, is theirs.
          "DELETE FROM team_member WHERE email = :email",
          // Being asked to co-author a case study, and their answer, is theirs.
          "DELETE FROM case_study_co_author WHERE email = :email",
          // Their words quoted in a network's FAQ go with them.
          "DELETE FROM faq_quote WHERE author_id = :id",
          // Their library suggestions nobody accepted are theirs; accepted ones stay, nameless.
          "DELETE FROM library_resource_area WHERE resource_id IN (SELECT id FROM"
              + " library_resource WHERE added_by = :email AND status <> 'ACCEPTED')",
          "DELETE FROM library_file WHERE resource_id IN (SELECT id FROM library_resource"
              + " WHERE added_by = :email AND status <> 'ACCEPTED')",
          "DELETE FROM library_resource WHERE added_by = :email AND status <> 'ACCEPTED'",
          // Copies of mail delivered to others that name them go with the outbox's retention:
          // matching a name inside free text would take others' mail with it.
          "DELETE FROM outgoing_mail WHERE recipient = :email");

  static final List<String> NAMELESS =
      List.of(
          "UPDATE certificate SET learner_name = :label WHERE learner_id = :id",
          "UPDATE event_speaker SET name = :label, affiliation = NULL, bio = NULL,"
              + " account_id = NULL WHERE account_id = :id",
          "UPDATE case_study SET contacts = NULL, author_email = :former"
              + " WHERE author_email = :email",
          "UPDATE case_study_revision SET contacts = NULL, author_email = :former"
              + " WHERE author_email = :email",
          "UPDATE case_study_revision SET decided_by = :former WHERE decided_by = :email",
          "UPDATE case_study_revision SET checked_by = :former WHERE checked_by = :email",
          "UPDATE case_study_comment SET reviewer_email = :former WHERE reviewer_email = :email",
          "UPDATE case_study_attachment SET uploaded_by = :former WHERE uploaded_by = :email",
          "UPDATE review_event SET actor = :former WHERE actor = :email",
          "UPDATE co_badge SET asked_by = :former WHERE asked_by = :email",
          "UPDATE co_badge SET answered_by = :former WHERE answered_by = :email",
          "UPDATE co_badge SET withdrawn_by = :former WHERE withdrawn_by = :email",
          "UPDATE expert_review SET reviewer_email = :former WHERE reviewer_email = :email",
          "UPDATE publisher_reviewer SET appointed_by = :former WHERE appointed_by = :email",
          "UPDATE required_reviews SET changed_by = :former WHERE changed_by = :email",
          "UPDATE outcome_framework SET created_by = :former WHERE created_by = :email",
          "UPDATE team SET created_by = :former WHERE created_by = :email",
          "UPDATE team SET closed_by = :former WHERE closed_by = :email",
          "UPDATE team_member SET invited_by = :former WHERE invited_by = :email",
          "UPDATE team_enrolment SET enrolled_by = :former WHERE enrolled_by = :email",
          "UPDATE team_file SET uploaded_by = :former WHERE uploaded_by = :email",
          "UPDATE action_plan SET written_by = :former WHERE written_by = :email",
          "UPDATE action_plan SET done_by = :former WHERE done_by = :email",
          "UPDATE plan_action SET owner = :former WHERE owner = :email",
          "UPDATE plan_action SET added_by = :former WHERE added_by = :email",
          "UPDATE plan_update SET written_by = :former WHERE written_by = :email",
          "UPDATE faq_entry SET created_by = :former WHERE created_by = :email",
          "UPDATE event_programme SET created_by = :former WHERE created_by = :email",
          "UPDATE programme_team SET registered_by = :former WHERE registered_by = :email",
          "UPDATE library_resource SET added_by = :former WHERE added_by = :email",
          "UPDATE library_resource SET decided_by = :former WHERE decided_by = :email",
          "UPDATE notice SET actor_email = :former WHERE actor_email = :email",
          "UPDATE outcome_mapping SET proposed_by = :former WHERE proposed_by = :email",
          "UPDATE outcome_mapping SET reviewed_by = :former WHERE reviewed_by = :email",
          "UPDATE network_membership SET decided_by = :former WHERE decided_by = :email",
          "UPDATE network_suspension SET created_by = :former WHERE created_by = :email",
          "UPDATE data_export SET requested_by = :former WHERE requested_by = :email",
          // A facilitator's acts are logged as "Name <address>"; a post's as "Post #n by Name in
          // …"; a suspension's as "Name until …". Matched with what bounds the name or address,
          // so a longer one containing it (ann@ in joann@) is left alone.
          "UPDATE moderation_action SET actor = :label"
              + " WHERE LOCATE(CONCAT('<', :email, '>'), actor) > 0",
          "UPDATE moderation_action SET subject = REPLACE(subject, CONCAT(' by ', :name, ' in '),"
              + " CONCAT(' by ', :label, ' in ')) WHERE LOCATE(CONCAT(' by ', :name, ' in '), subject) > 0",
          "UPDATE moderation_action SET subject = :label"
              + " WHERE action = 'LIFT_SUSPENSION' AND subject = :name",
          "UPDATE moderation_action SET subject = CONCAT(:label,"
              + " SUBSTRING(subject, CHAR_LENGTH(:name) + 1)) WHERE action = 'SUSPEND'"
              + " AND LOCATE(CONCAT(:name, ' until '), subject) = 1",
          // Details of events about or by them, before those events lose the address.
          "UPDATE security_event SET detail = LEFT(REPLACE(detail, :email, :former), 500)"
              + " WHERE (subject = :email OR actor = :email) AND LOCATE(:email, detail) > 0",
          "UPDATE security_event SET subject = :former WHERE LOWER(subject) = :email",
          "UPDATE security_event SET actor = :former, client_address = NULL WHERE actor = :email");

  static final String WITHDRAW_POSTS =
      "UPDATE forum_post SET markdown = '', html = '', withdrawn = TRUE, version = version + 1"
          + " WHERE author_id = :id";

  static final String ACCOUNT =
      "UPDATE account SET email = :former, display_name = :label, profession = '',"
          + " organisation_name = NULL, registration_body = NULL, registration_number = NULL,"
          + " region = NULL, password_hash = :unusable, must_change_password = FALSE,"
          + " email_verified_at = NULL, enabled = FALSE, session_generation = session_generation + 1,"
          + " totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = 0, oidc_issuer = NULL,"
          + " oidc_subject = NULL, oidc_linked_at = NULL, closure_due_at = NULL,"
          + " closure_removes_posts = FALSE, erased_at = :now, version = version + 1 WHERE id = :id";

  @PersistenceContext EntityManager em;

  /** The address an erased account is left with: unique, and nobody's. */
  public static String formerAddress(long accountId) {
    return "former-member-" + accountId + "@erased.invalid";
  }

  /**
   * Erases the person in the caller's transaction; {@code unusableHash} replaces their password
   * hash (a hash of a secret nobody knows). Their posts are emptied when {@code removePosts}.
   */
  public void erase(Account person, boolean removePosts, String unusableHash, Instant now) {
    long id = person.getId();
    Map<String, Object> values =
        Map.of(
            "id", id,
            "email", person.getEmail(),
            "former", formerAddress(id),
            "name", person.getDisplayName(),
            "label", FORMER_MEMBER,
            "unusable", unusableHash,
            "now", now);
    // Roles and organisations are cached with the account: changed through it, the cache follows.
    person.replaceRoles(EnumSet.noneOf(Role.class));
    person.replaceOrganisations(Set.of());
    em.flush();
    em.detach(person);
    for (String statement : PRIVATE) {
      run(statement, values);
    }
    for (String statement : NAMELESS) {
      run(statement, values);
    }
    if (removePosts) {
      run(WITHDRAW_POSTS, values);
    }
    run(ACCOUNT, values);
    // The statements bypassed the entities: nothing cached may still hold the person.
    em.getEntityManagerFactory().getCache().evictAll();
    org.hibernate.Cache cache = em.unwrap(Session.class).getSessionFactory().getCache();
    cache.evictNaturalIdData();
    cache.evictCollectionData();
    em.clear();
  }

  private void run(String sql, Map<String, Object> values) {
    Query query = em.createNativeQuery(sql);
    values.forEach(
        (name, value) -> {
          if (sql.contains(":" + name)) {
            query.setParameter(name, value);
          }
        });
    query.executeUpdate();
  }
}
