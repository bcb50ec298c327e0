package org.parity.identity.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Parity holds about one person, part by part, as rows of named values: what a copy of
 * their data contains. Each part names its columns, so nothing secret (a password hash, a token's
 * hash, a second factor's key) can slip in with a new column. The queries span every context, so
 * they are plain SQL over the tables Flyway made, one transaction per part.
 */
@Stateless
public class PersonalData {

  /** One kind of data: its file name in the archive, its columns and the query giving them. */
  public record Part(String name, List<String> columns, String sql) {}

  /** The rows of one part, each a column-to-value map in the order of its columns. */
  public record Rows(Part part, List<Map<String, Object>> rows) {}

  public static final List<Part> PARTS =
      List.of(
          new Part(
              "profile",
              List.of(
                  "email",
                  "display_name",
                  "profession",
                  "organisation",
                  "registration_body",
                  "registration_number",
                  "region",
                  "email_verified_at",
                  "created_at"),
              "SELECT email, display_name, profession, organisation_name, registration_body,"
                  + " registration_number, region, email_verified_at, created_at"
                  + " FROM account WHERE id = ?1"),
          new Part("roles", List.of("role"), "SELECT role FROM account_role WHERE account_id = ?1"),
          new Part(
              "enrolments",
              List.of(
                  "id", "curriculum", "module", "enrolled_at", "last_activity_at", "completed_at"),
              "SELECT e.id, cv.title, mv.title, e.enrolled_at, e.last_activity_at, e.completed_at"
                  + " FROM enrolment e"
                  + " LEFT JOIN curriculum_version cv ON cv.id = e.curriculum_version_id"
                  + " LEFT JOIN module_version mv ON mv.id = e.module_version_id"
                  + " WHERE e.learner_id = ?1 ORDER BY e.enrolled_at"),
          new Part(
              "progress",
              List.of("enrolment_id", "unit", "saved_at", "done_at", "reflection"),
              "SELECT p.enrolment_id, u.title, p.saved_at, p.done_at, p.reflection"
                  + " FROM unit_progress p JOIN enrolment e ON e.id = p.enrolment_id"
                  + " JOIN unit u ON u.id = p.unit_id WHERE e.learner_id = ?1 ORDER BY p.saved_at"),
          new Part(
              "quiz_answers",
              List.of(
                  "enrolment_id",
                  "unit",
                  "attempt",
                  "started_at",
                  "submitted_at",
                  "score",
                  "questions",
                  "passed",
                  "question_id",
                  "options_chosen",
                  "answered_at"),
              "SELECT a.enrolment_id, u.title, a.number, a.started_at, a.submitted_at, a.score,"
                  + " a.question_total, a.passed, q.question_id, q.selected, q.answered_at"
                  + " FROM quiz_attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                  + " JOIN unit u ON u.id = a.unit_id"
                  + " LEFT JOIN attempt_question q ON q.attempt_id = a.id"
                  + " WHERE e.learner_id = ?1 ORDER BY a.started_at, q.position"),
          new Part(
              "cpd_entries",
              List.of(
                  "date",
                  "activity",
                  "provider",
                  "hours",
                  "participatory",
                  "source",
                  "certificate",
                  "what_happened",
                  "what_learned",
                  "how_changed",
                  "code_standard",
                  "created_at",
                  "updated_at"),
              "SELECT activity_date, title, provider, hours, participatory, source, certificate_code,"
                  + " what_happened,"
                  + " what_learned, how_changed, code_standard, created_at, updated_at"
                  + " FROM cpd_entry WHERE learner_id = ?1 ORDER BY activity_date"),
          new Part(
              "revalidation_evidence",
              List.of(
                  "kind",
                  "date",
                  "title",
                  "hours",
                  "details",
                  "reflection",
                  "discussed_with",
                  "their_registration",
                  "created_at"),
              "SELECT kind, occurred_on, title, hours, details, reflection, partner_name,"
                  + " partner_registration, created_at FROM revalidation_evidence"
                  + " WHERE learner_id = ?1 ORDER BY occurred_on"),
          new Part(
              "summary_of_practice",
              List.of("summary", "updated_at"),
              "SELECT summary, updated_at FROM practice_summary WHERE learner_id = ?1"),
          new Part(
              "cpd_target",
              List.of("hours_per_year"),
              "SELECT hours_per_year FROM cpd_target WHERE learner_id = ?1"),
          new Part(
              "certificates",
              List.of(
                  "code",
                  "kind",
                  "title",
                  "version",
                  "publishers",
                  "cpd_hours",
                  "name_printed",
                  "issued_at",
                  "revoked_at",
                  "revoked_reason"),
              "SELECT code, kind, title, version_number, publishers, cpd_hours, learner_name,"
                  + " issued_at, revoked_at, revoked_reason"
                  + " FROM certificate WHERE learner_id = ?1 ORDER BY issued_at"),
          new Part(
              "posts",
              List.of("network", "thread", "number", "written_at", "markdown"),
              "SELECT n.name, t.title, p.number, p.created_at, p.markdown"
                  + " FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id"
                  + " JOIN learning_network n ON n.id = t.network_id"
                  + " WHERE p.author_id = ?1 ORDER BY p.created_at"),
          new Part(
              "post_edits",
              List.of("thread", "number", "written_at", "replaced_at", "earlier_markdown"),
              "SELECT t.title, p.number, r.written_at, r.replaced_at, r.markdown"
                  + " FROM forum_post_revision r JOIN forum_post p ON p.id = r.post_id"
                  + " JOIN forum_thread t ON t.id = p.thread_id"
                  + " WHERE p.author_id = ?1 ORDER BY r.replaced_at"),
          new Part(
              "flags_raised",
              List.of("thread", "number", "reason", "raised_at", "resolved_at"),
              "SELECT t.title, p.number, f.reason, f.created_at, f.resolved_at"
                  + " FROM post_flag f JOIN forum_post p ON p.id = f.post_id"
                  + " JOIN forum_thread t ON t.id = p.thread_id"
                  + " WHERE f.account_id = ?1 ORDER BY f.created_at"),
          new Part(
              "helpful_marks",
              List.of("thread", "number"),
              "SELECT t.title, p.number FROM forum_post_helpful h"
                  + " JOIN forum_post p ON p.id = h.post_id JOIN forum_thread t ON t.id = p.thread_id"
                  + " WHERE h.account_id = ?1"),
          new Part(
              "notifications",
              List.of("kind", "thread", "number", "created_at", "read_at", "mailed_at"),
              "SELECT n.kind, t.title, p.number, n.created_at, n.read_at, n.mailed_at"
                  + " FROM forum_notification n JOIN forum_thread t ON t.id = n.thread_id"
                  + " JOIN forum_post p ON p.id = n.post_id"
                  + " WHERE n.account_id = ?1 ORDER BY n.created_at"),
          new Part(
              "notices",
              List.of("kind", "about", "place", "created_at", "read_at"),
              "SELECT kind, subject, place, created_at, read_at FROM notice"
                  + " WHERE account_id = ?1 ORDER BY created_at"),
          new Part(
              "subscriptions",
              List.of("network", "follows", "id", "since"),
              "SELECT n.name, s.target_type, s.target_id, s.created_at"
                  + " FROM forum_subscription s JOIN learning_network n ON n.id = s.network_id"
                  + " WHERE s.account_id = ?1 ORDER BY s.created_at"),
          new Part(
              "mail_preference",
              List.of("choice", "last_digest_at"),
              "SELECT choice, last_digest_at FROM mail_preference WHERE account_id = ?1"),
          new Part(
              "network_memberships",
              List.of(
                  "network",
                  "status",
                  "role",
                  "visible_in_directory",
                  "requested_at",
                  "decided_at",
                  "decision_message"),
              "SELECT n.name, m.status, m.role, m.visible_in_directory, m.requested_at,"
                  + " m.decided_at, m.decision_message FROM network_membership m"
                  + " JOIN learning_network n ON n.id = m.network_id WHERE m.account_id = ?1"),
          new Part(
              "event_registrations",
              List.of(
                  "event", "status", "requested_at", "confirmed_at", "cancelled_at", "attended"),
              "SELECT ev.title, r.status, r.requested_at, r.confirmed_at, r.cancelled_at, r.attended"
                  + " FROM event_registration r JOIN network_event ev ON ev.id = r.event_id"
                  + " WHERE r.account_id = ?1 ORDER BY r.requested_at"),
          new Part(
              "case_studies",
              List.of(
                  "title",
                  "published",
                  "organisation",
                  "contacts",
                  "created_at",
                  "last_updated_at"),
              "SELECT c.title, c.published, c.organisation, c.contacts, c.created_at,"
                  + " c.last_updated_at FROM case_study c JOIN account a ON a.email = c.author_email"
                  + " WHERE a.id = ?1 ORDER BY c.created_at"),
          new Part(
              "learning_record",
              List.of("statement_id", "verb", "activity", "recorded_at", "statement"),
              "SELECT statement_id, verb, activity_id, recorded_at, body"
                  + " FROM learning_statement WHERE learner_id = ?1 ORDER BY recorded_at"),
          new Part(
              "access_tokens",
              List.of("name", "scope", "created_at", "last_used_at", "revoked_at"),
              "SELECT name, scope, created_at, last_used_at, revoked_at"
                  + " FROM access_token WHERE account_id = ?1 ORDER BY created_at"),
          new Part(
              "security_events",
              List.of("occurred_at", "kind", "by_you", "address", "detail"),
              // Events about the person, and their own acts that concern nobody else; who else
              // acted and from where is theirs, not this person's.
              "SELECT e.occurred_at, e.kind, CASE WHEN e.actor = a.email THEN 1 ELSE 0 END,"
                  + " CASE WHEN e.actor = a.email THEN e.client_address END, e.detail"
                  + " FROM security_event e JOIN account a ON a.email = e.subject"
                  + " OR (a.email = e.actor AND e.subject IS NULL)"
                  + " WHERE a.id = ?1 ORDER BY e.occurred_at"),
          new Part(
              "sign_in",
              List.of("second_factor_since", "organisation_sign_in", "organisation_linked_at"),
              "SELECT totp_enabled_at, oidc_issuer, oidc_linked_at FROM account WHERE id = ?1"),
          new Part(
              "suspensions",
              List.of("network", "until", "reason", "suspended_at", "lifted_at"),
              "SELECT n.name, s.until_at, s.reason, s.created_at, s.lifted_at"
                  + " FROM network_suspension s JOIN learning_network n ON n.id = s.network_id"
                  + " WHERE s.account_id = ?1 ORDER BY s.created_at"),
          new Part(
              "events_spoken_at",
              List.of("event", "name", "affiliation", "bio"),
              "SELECT ev.title, s.name, s.affiliation, s.bio FROM event_speaker s"
                  + " JOIN network_event ev ON ev.id = s.event_id WHERE s.account_id = ?1"),
          new Part(
              "case_study_reviews",
              List.of("case_study", "comment", "changes_requested", "written_at"),
              "SELECT c.title, m.body, m.changes_requested, m.created_at"
                  + " FROM case_study_comment m JOIN case_study_revision r ON r.id = m.revision_id"
                  + " JOIN case_study c ON c.id = r.case_study_id"
                  + " JOIN account a ON a.email = m.reviewer_email WHERE a.id = ?1"
                  + " ORDER BY m.created_at"));

  @PersistenceContext EntityManager em;

  /** One part's rows for the person. */
  public Rows of(Part part, long accountId) {
    List<?> results = em.createNativeQuery(part.sql()).setParameter(1, accountId).getResultList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object result : results) {
      Object[] values = result instanceof Object[] many ? many : new Object[] {result};
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < part.columns().size(); i++) {
        row.put(part.columns().get(i), plain(values[i]));
      }
      rows.add(row);
    }
    return new Rows(part, rows);
  }

  /** A value as JSON can hold it: text, a number, true or false, or a time in UTC (ISO 8601). */
  static Object plain(Object value) {
    if (value instanceof Clob clob) {
      try (Reader reader = clob.getCharacterStream()) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = reader.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
        return text.toString();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC).toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof java.time.temporal.TemporalAccessor time) {
      return time.toString();
    }
    return value;
  }
}
