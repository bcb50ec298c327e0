package org.parity.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A person with something in every table that can hold one (and a colleague whose records mention
 * them), written straight into the tables, so an erasure test starts from rows of every kind
 * whichever page would have made them. The rows sit in a network of their own, out of other tests'
 * way.
 */
@Stateless
public class SomeoneWithEverything {

  /** Who was made: the person, their colleague, and the texts only the person's rows hold. */
  public record Made(
      long person,
      long colleague,
      String email,
      String name,
      String registration,
      String oidcSubject,
      String certificateCode,
      long thread) {

    /** What no table may hold once the person is erased. */
    public List<String> traces() {
      return List.of(email, name, registration, oidcSubject);
    }
  }

  private static final List<String> ROWS =
      List.of(
          "INSERT INTO account (id, email, display_name, profession, organisation_name,"
              + " registration_body, registration_number, region, password_hash,"
              + " email_verified_at, enabled, created_at, version, totp_secret, totp_enabled_at,"
              + " oidc_issuer, oidc_subject, oidc_linked_at, closure_due_at, closure_removes_posts)"
              + " VALUES (:a, :email, :name, 'GP', CONCAT('Surgery of ', :run), 'GMC', :reg, 'Wales', 'x',"
              + " :now, TRUE, :past, 0, 'TOTPSECRET', :now, 'https://idp.example', :sub, :now,"
              + " :due, :removePosts)",
          "INSERT INTO account (id, email, display_name, profession, password_hash,"
              + " email_verified_at, enabled, created_at, version)"
              + " VALUES (:b, :colleagueEmail, :colleagueName, 'PRACTICE_NURSE', 'x', :now, TRUE,"
              + " :past, 0)",
          "INSERT INTO account_role (account_id, role) VALUES (:a, 'LEARNER')",
          "INSERT INTO account_organisation (account_id, organisation_id) VALUES (:a, :org)",
          "INSERT INTO one_time_token (id, account_id, purpose, token_hash, created_at, expires_at)"
              + " VALUES (:a, :a, 'RESET_PASSWORD', :run, :now, :now)",
          "INSERT INTO recovery_code (id, account_id, code_hash) VALUES (:a, :a, :run)",
          "INSERT INTO access_token (id, account_id, name, scope, token_hash, created_at)"
              + " VALUES (:a, :a, 'My script', 'READ', :run, :now)",
          "INSERT INTO data_export (id, account_id, requested_by, status, parts_done, parts_total,"
              + " requested_at) VALUES (:a, :a, :email, 'EXPIRED', 1, 1, :now)",
          "INSERT INTO data_export (id, account_id, requested_by, reason, status, parts_done,"
              + " parts_total, requested_at) VALUES (:b, :b, :email, 'SAR 12', 'EXPIRED', 1, 1, :now)",
          "INSERT INTO sign_in_throttle (id, email_key, consecutive_failures, version)"
              + " VALUES (:a, :email, 2, 0)",
          "INSERT INTO outgoing_mail (id, recipient, subject, body, status, attempts, created_at,"
              + " version) VALUES (:a, :email, 'Welcome', CONCAT('Hello ', :name), 'PENDING', 0,"
              + " :now, 0)",
          "INSERT INTO outgoing_mail (id, recipient, subject, body, status, attempts, created_at,"
              + " version) VALUES (:b, :colleagueEmail, 'A reply',"
              + " CONCAT(:name, ' replied to your thread'), 'SENT', 1, :now, 0)",
          "INSERT INTO security_event (id, occurred_at, kind, actor, subject, client_address,"
              + " detail) VALUES (:a, :now, 'SIGNED_IN', :email, :email, '203.0.113.7',"
              + " CONCAT('signed in as ', :email))",
          "INSERT INTO security_event (id, occurred_at, kind, actor, subject, client_address)"
              + " VALUES (:b, :now, 'ACCESS_CHANGED', :email, :colleagueEmail, '203.0.113.7')",
          "INSERT INTO enrolment (id, learner_id, curriculum_version_id, enrolled_at,"
              + " last_activity_at, completed_at, version)"
              + " VALUES (:a, :a, :curriculumVersion, :past, :now, :now, 0)",
          "INSERT INTO unit_progress (id, enrolment_id, unit_id, reflection, saved_at, done_at)"
              + " VALUES (:a, :a, :unit, CONCAT('What I, ', :name, ', learned'), :now, :now)",
          "INSERT INTO quiz_attempt (id, enrolment_id, unit_id, number, started_at, submitted_at,"
              + " score, question_total, passed, version)"
              + " VALUES (:a, :a, :quizUnit, 1, :now, :now, 1, 1, TRUE, 0)",
          "INSERT INTO attempt_question (id, attempt_id, position, question_id, option_order,"
              + " selected, answered_at) VALUES (:a, :a, 1, :question, '0,1', '0', :now)",
          "INSERT INTO certificate (id, code, learner_id, enrolment_id, kind, subject_version_id,"
              + " learner_name, title, version_number, publishers, cpd_hours, issued_at)"
              + " VALUES (:a, :code, :a, :a, 'CURRICULUM', :curriculumVersion, :name,"
              + " 'Whole-person care', 1, 'A college', 1.5, :now)",
          "INSERT INTO learning_statement (id, statement_id, learner_id, verb, activity_id,"
              + " recorded_at, body, forward_attempts) VALUES (:a, :run, :a, 'completed',"
              + " 'https://parity.test/x', :now, CONCAT('actor name: ', :name), 0)",
          "INSERT INTO cpd_entry (id, learner_id, source, title, activity_date, hours,"
              + " what_happened, created_at, updated_at, version) VALUES (:a, :a, 'EVENT',"
              + " 'Workshop', :today, 2, CONCAT(:name, ' attended'), :now, :now, 0)",
          "INSERT INTO cpd_target (learner_id, hours_per_year) VALUES (:a, 35)",
          "INSERT INTO practice_summary (learner_id, summary, updated_at)"
              + " VALUES (:a, CONCAT('I am ', :name, ', a GP'), :now)",
          "INSERT INTO revalidation_evidence (id, learner_id, kind, occurred_on, title, details,"
              + " reflection, partner_name, partner_registration, created_at, version)"
              + " VALUES (:a, :a, 'DISCUSSION', :today, 'Reflective discussion', 'We talked',"
              + " CONCAT(:name, ' reflected'), 'Dr Colleague', '12A3456B', :now, 0)",
          "INSERT INTO learning_network (id, slug, name, description, access, challenges,"
              + " priority_areas, settings, created_at, latest_activity_at, version)"
              + " VALUES (:a, CONCAT('erasure-', :run), CONCAT('Erasure ', :run), 'For a test',"
              + " 'CLOSED', '', '', '', :now, :now, 0)",
          "INSERT INTO forum_category (id, network_id, name, position)"
              + " VALUES (:a, :a, 'General', 1)",
          "INSERT INTO network_membership (id, network_id, account_id, status, role,"
              + " visible_in_directory, requested_at, decided_at, decided_by, version)"
              + " VALUES (:a, :a, :a, 'ACTIVE', 'FACILITATOR', TRUE, :past, :past, :colleagueEmail,"
              + " 0)",
          "INSERT INTO network_membership (id, network_id, account_id, status, role,"
              + " visible_in_directory, requested_at, decided_at, decided_by, decision_message,"
              + " version) VALUES (:b, :a, :b, 'ACTIVE', 'MEMBER', TRUE, :past, :past, :email,"
              + " 'Welcome', 0)",
          "INSERT INTO forum_thread (id, network_id, category_id, title, author_id, created_at,"
              + " last_post_at, post_count, version) VALUES (:a, :a, :a, 'Mood and blood pressure',"
              + " :a, :now, :now, 2, 0)",
          "INSERT INTO forum_post (id, thread_id, number, author_id, markdown, html, created_at)"
              + " VALUES (:a, :a, 1, :a, CONCAT('Signed, ', :name),"
              + " CONCAT('<p>Signed, ', :name, '</p>'), :now)",
          "INSERT INTO forum_post (id, thread_id, number, author_id, markdown, html, created_at)"
              + " VALUES (:b, :a, 2, :b, 'A kind reply', '<p>A kind reply</p>', :now)",
          "INSERT INTO forum_post_revision (id, post_id, markdown, written_at, replaced_at)"
              + " VALUES (:a, :a, CONCAT('Earlier, ', :name), :past, :now)",
          "INSERT INTO forum_post_helpful (post_id, account_id) VALUES (:b, :a)",
          "INSERT INTO forum_read_marker (thread_id, account_id, last_read) VALUES (:a, :a, 2)",
          "INSERT INTO post_flag (id, post_id, account_id, reason, created_at)"
              + " VALUES (:a, :b, :a, 'Please check the dose', :now)",
          "INSERT INTO clinical_review (id, post_id, opened_at, due_at, outcome, decided_by_id,"
              + " decided_at) VALUES (:a, :b, :past, :now, 'FINE', :a, :now)",
          "INSERT INTO network_suspension (id, network_id, account_id, until_at, reason,"
              + " created_by, created_at) VALUES (:a, :a, :a, :now, 'Cooling down', :colleagueEmail,"
              + " :past)",
          "INSERT INTO network_suspension (id, network_id, account_id, until_at, reason,"
              + " created_by, created_at) VALUES (:b, :a, :b, :now, 'Cooling down', :email, :past)",
          "INSERT INTO moderation_action (id, network_id, actor, action, subject, acted_at)"
              + " VALUES (:a, :a, CONCAT(:name, ' <', :email, '>'), 'LOCK', 'thread 1', :now)",
          "INSERT INTO moderation_action (id, network_id, actor, action, subject, acted_at)"
              + " VALUES (:b, :a, 'Facilitator <f@example.org>', 'SUSPEND',"
              + " CONCAT(:name, ' until 2026-12-24'), :now)",
          "INSERT INTO moderation_action (id, network_id, actor, action, subject, acted_at)"
              + " VALUES (:b + 1, :a, 'Facilitator <f@example.org>', 'HIDE',"
              + " CONCAT('Post #1 by ', :name, ' in \"Mood and blood pressure\"'), :now)",
          "INSERT INTO forum_subscription (id, account_id, target_type, target_id, network_id,"
              + " created_at) VALUES (:a, :a, 'THREAD', :a, :a, :now)",
          "INSERT INTO forum_notification (id, account_id, kind, post_id, thread_id, network_id,"
              + " actor_id, created_at, mail_state) VALUES (:a, :a, 'REPLY', :b, :a, :a, :b, :now,"
              + " 'NONE')",
          "INSERT INTO forum_notification (id, account_id, kind, post_id, thread_id, network_id,"
              + " actor_id, created_at, mail_state) VALUES (:b, :b, 'REPLY', :a, :a, :a, :a, :now,"
              + " 'NONE')",
          "INSERT INTO mail_preference (account_id, choice, unsubscribe_token, version)"
              + " VALUES (:a, 'AT_ONCE', :run, 0)",
          "INSERT INTO network_event (id, network_id, title, starts_at, ends_at, time_zone,"
              + " capacity, status, created_by_id, created_at, updated_at, calendar_sequence,"
              + " version) VALUES (:a, :a, 'Workshop', :past, :past, 'Europe/London', 10,"
              + " 'SCHEDULED', :a, :past, :past, 0, 0)",
          "INSERT INTO library_resource (id, network_id, event_id, kind, title, summary,"
              + " file_name, media_type, size, status, added_by, added_at, decided_by,"
              + " decided_at, version) VALUES (:a, :a, :a, 'SLIDES', 'Workshop slides',"
              + " 'From the workshop', 'slides.pdf', 'application/pdf', 4, 'ACCEPTED', :email,"
              + " :now, :email, :now, 0)",
          "INSERT INTO library_file (id, resource_id, content) VALUES (:a, :a, X'25504446')",
          "INSERT INTO library_resource (id, network_id, kind, title, summary, url, status,"
              + " added_by, added_at, version) VALUES (:b, :a, 'WEBSITE', 'A suggestion',"
              + " 'Worth reading', 'https://example.org/b', 'SUGGESTED', :email, :now, 0)",
          "INSERT INTO library_resource_area (resource_id, code) VALUES (:b, 'CARERS')",
          "INSERT INTO event_speaker (id, event_id, position, name, affiliation, bio, account_id)"
              + " VALUES (:a, :a, 1, :name, 'Surgery', CONCAT(:name, ' is a GP'), :a)",
          "INSERT INTO event_registration (id, event_id, account_id, status, requested_at,"
              + " attended, version) VALUES (:a, :a, :a, 'REGISTERED', :past, TRUE, 0)",
          "INSERT INTO case_study (id, slug, author_email, published, title, organisation,"
              + " contacts, created_at, last_updated_at, version) VALUES (:a,"
              + " CONCAT('erasure-', :run), :email, FALSE, 'Joined-up clinic',"
              + " CONCAT('Org ', :run), CONCAT(:name, ' ', :email), :now, :now, 0)",
          "INSERT INTO case_study_revision (id, case_study_id, number, status, author_email,"
              + " title, organisation, contacts, created_at, updated_at, decided_by, checked_by,"
              + " checked_at, version) VALUES (:a, :a, 1, 'DRAFT', :email, 'Joined-up clinic',"
              + " CONCAT('Org ', :run), CONCAT(:name, ' ', :email), :now, :now, :email, :email,"
              + " :now, 0)",
          "INSERT INTO case_study_comment (id, revision_id, reviewer_email, body,"
              + " changes_requested, created_at) VALUES (:a, :a, :email, 'Add costs', TRUE, :now)",
          "INSERT INTO case_study_attachment (id, case_study_id, file_name, media_type, size,"
              + " content, uploaded_by, uploaded_at) VALUES (:a, :a, 'plan.pdf', 'application/pdf',"
              + " 4, X'25504446', :email, :now)",
          "INSERT INTO review_event (id, subject_type, subject_id, action, actor, occurred_at)"
              + " VALUES (:a, 'MODULE', -1, 'SUBMITTED', :email, :now)",
          "INSERT INTO co_badge (id, curriculum_id, publisher_id, status, asked_by, asked_at,"
              + " answered_by, answered_at, withdrawn_by, withdrawn_at, reason, version) VALUES"
              + " (:a, (SELECT curriculum_id FROM curriculum_version WHERE id = :curriculumVersion),"
              + " :org, 'WITHDRAWN', :email, :past, :email, :past, :email, :now, 'Merged', 0)",
          "INSERT INTO expert_review (id, subject_type, subject_id, kind, reviewer_email,"
              + " checklist, comment, reviewed_at, superseded) VALUES (:a, 'MODULE', -1,"
              + " 'LIVED_EXPERIENCE', :email, 'RESPECTFUL_LANGUAGE', 'Kind words', :now, FALSE)",
          "INSERT INTO publisher_reviewer (id, publisher_id, email, kind, appointed_by,"
              + " appointed_at) VALUES (:a, :org, :email, 'CLINICAL', :email, :now)",
          "INSERT INTO team (id, network_id, name, place, problem, priority_areas, status,"
              + " created_by, created_at, closed_by, closed_at, version) VALUES (:a, :a,"
              + " 'Erasure team', 'A place', 'A problem', '', 'CLOSED', :email, :now, :email, :now,"
              + " 0)",
          "INSERT INTO team_member (id, team_id, email, status, is_lead, invited_by, invited_at)"
              + " VALUES (:a, :a, :email, 'ACTIVE', TRUE, :email, :now)",
          "INSERT INTO team_member (id, team_id, email, status, is_lead, invited_by, invited_at)"
              + " VALUES (:b, :a, :colleagueEmail, 'INVITED', FALSE, :email, :now)",
          "INSERT INTO team_enrolment (id, team_id, curriculum_version_id, enrolled_by,"
              + " enrolled_at) VALUES (:a, :a, :curriculumVersion, :email, :now)",
          "INSERT INTO team_file (id, team_id, file_name, media_type, size, content, uploaded_by,"
              + " uploaded_at) VALUES (:a, :a, 'audit.pdf', 'application/pdf', 4, X'25504446',"
              + " :email, :now)",
          "INSERT INTO event_programme (id, network_id, title, created_by, created_at, version)"
              + " VALUES (:a, :a, 'Workshops', :email, :past, 0)",
          "INSERT INTO programme_team (id, programme_id, team_id, registered_by, registered_at)"
              + " VALUES (:a, :a, :a, :email, :now)",
          "INSERT INTO action_plan (id, team_id, problem, aim, measures, status, written_by,"
              + " updated_at, done_by, done_at, version) VALUES (:a, :a, 'A problem', 'An aim',"
              + " 'A measure', 'DONE', :email, :now, :email, :now, 0)",
          "INSERT INTO plan_action (id, plan_id, description, owner, due, done_on, added_by,"
              + " added_at) VALUES (:a, :a, 'Audit', :email, :today, :today, :email, :now)",
          "INSERT INTO plan_update (id, plan_id, action_id, body, written_by, written_at)"
              + " VALUES (:a, :a, :a, 'Audited', :email, :now)",
          "INSERT INTO case_study_co_author (id, case_study_id, email, status, asked_at,"
              + " answered_at) VALUES (:a, :a, :email, 'AGREED', :now, :now)",
          "INSERT INTO faq_entry (id, network_id, question, thread_id, created_by, created_at)"
              + " VALUES (:a, :a, 'How?', :a, :email, :now)",
          "INSERT INTO faq_quote (id, entry_id, position, post_number, author_id, body) VALUES"
              + " (:a, :a, 0, 1, :a, 'Their words')",
          "INSERT INTO notice (id, account_id, kind, actor_email, subject, place, link,"
              + " created_at) VALUES (:a, :a, 'TEAM_ENROLMENT', :email, 'Course', 'Team',"
              + " '/learn/1', :now)",
          "INSERT INTO notice (id, account_id, kind, actor_email, subject, place, link,"
              + " created_at) VALUES (:b, :b, 'TEAM_ENROLMENT', :email, 'Course', 'Team',"
              + " '/learn/1', :now)",
          "INSERT INTO outcome_framework (id, owner_id, slug, title, version_label, created_by,"
              + " created_at, published_at, version) VALUES (:a, :org, CONCAT('erasure-', :run),"
              + " 'Erasure outcomes', '1', :email, :now, :now, 0)",
          "INSERT INTO framework_outcome (id, framework_id, position, code, group_name, title)"
              + " VALUES (:a, :a, 0, 'E1', 'Group', 'An outcome')",
          "INSERT INTO outcome_mapping (id, module_id, module_outcome, outcome_id, status,"
              + " proposed_by, proposed_at, reviewed_by, reviewed_at, version) VALUES (:a,"
              + " (SELECT MIN(id) FROM course_module), 'An outcome', :a, 'ACCEPTED', :email, :now,"
              + " :email, :now, 0)",
          "INSERT INTO publisher_reviewer (id, publisher_id, email, kind, appointed_by,"
              + " appointed_at) VALUES (:b, :org, :colleagueEmail, 'LIVED_EXPERIENCE', :email,"
              + " :now)");

  @PersistenceContext EntityManager em;

  /** The person, due to close an hour ago, with or without their posts. */
  public Made make(String run, boolean removePosts) {
    long a = 700_000_000L + Math.abs(run.hashCode() % 1_000_000) * 10L;
    long b = a + 1;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String email = "erasure-" + run + "@example.org";
    String name = "Zephyrine Quist-" + run;
    Map<String, Object> values =
        Map.ofEntries(
            Map.entry("a", a),
            Map.entry("b", b),
            Map.entry("run", run),
            Map.entry("email", email),
            Map.entry("name", name),
            Map.entry("reg", "REG-" + run),
            Map.entry("sub", "subject-" + run),
            Map.entry("code", "E" + run.toUpperCase()),
            Map.entry("colleagueEmail", "colleague-" + run + "@example.org"),
            Map.entry("colleagueName", "Colleague " + run),
            Map.entry("now", now),
            Map.entry("past", now.minus(30, ChronoUnit.DAYS)),
            Map.entry("due", now.minus(1, ChronoUnit.HOURS)),
            Map.entry("today", LocalDate.now()),
            Map.entry("removePosts", removePosts),
            Map.entry("org", first("SELECT MIN(id) FROM organisation")),
            Map.entry(
                "curriculumVersion",
                first("SELECT MIN(id) FROM curriculum_version WHERE status = 'PUBLISHED'")),
            Map.entry("unit", first("SELECT MIN(id) FROM unit")),
            Map.entry("quizUnit", first("SELECT MIN(id) FROM unit WHERE kind = 'QUIZ'")),
            Map.entry("question", first("SELECT MIN(id) FROM question")));
    for (String row : ROWS) {
      Query insert = em.createNativeQuery(row);
      values.forEach(
          (key, value) -> {
            if (row.matches("(?s).*:" + key + "\\b.*")) {
              insert.setParameter(key, value);
            }
          });
      insert.executeUpdate();
    }
    return new Made(a, b, email, name, "REG-" + run, "subject-" + run, "E" + run.toUpperCase(), a);
  }

  private long first(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
