package org.parity.network.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.parity.network.application.ForumViews.PostView;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.network.domain.PostFlag;
import org.parity.platform.text.HtmlText;
import org.parity.platform.web.PageMessages;

/**
 * A page of posts as markup, for a reader who neither moderates nor is editing a post: exactly what
 * thread.xhtml's loop writes for them, written in one pass instead of some twenty expressions a
 * post (a member's thread page spent most of its time there). Moderators and a post being edited
 * keep the page's components, which carry their forms.
 */
final class PostsMarkup {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** What the page knows of a refused flag: its reason as typed and why it was refused. */
  interface Flags {
    String reason(int number);

    String error(int number);

    /** The kind of problem the refused flag named, or null. */
    String kind(int number);

    String kindError(int number);
  }

  private final PageMessages messages;
  private final UnaryOperator<String> professions;
  private final DateTimeFormatter time;

  /** {@code professions}: a profession's label from its code. */
  PostsMarkup(PageMessages messages, UnaryOperator<String> professions, Locale locale) {
    this.messages = messages;
    this.professions = professions;
    this.time = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(UK);
  }

  String of(ThreadPage thread, Flags flags) {
    List<PostView> posts = thread.posts();
    StringBuilder out = new StringBuilder(posts.size() * 1200);
    // The same words for every post: looked up once.
    String edited = messages.text("forum.editedMark");
    String hiddenBadge = messages.text("moderation.hiddenBadge");
    String hiddenNote = messages.text("moderation.hiddenNote");
    String helpful = messages.text("forum.helpful");
    String quote = messages.text("forum.quote");
    String edit = messages.text("forum.edit");
    String flag = messages.text("moderation.flag");
    String flagReason = messages.text("moderation.flag.reason");
    String flagSubmit = messages.text("moderation.flag.submit");
    String flagKind = messages.text("moderation.flag.kind");
    String choose = messages.text("moderation.kind.choose");
    String underReview = messages.text("clinical.badge");
    String hiddenClinical = messages.text("clinical.hiddenNote");
    String corrected = messages.text("clinical.corrected");
    String fine = messages.text("clinical.fine");
    List<String[]> kinds =
        Arrays.stream(PostFlag.Kind.values())
            .map(k -> new String[] {k.name(), messages.text("moderation.kind." + k.name())})
            .toList();
    IntFunction<String> helpfulCount = n -> messages.text("forum.helpfulCount", n);
    for (int i = 0; i < posts.size(); i++) {
      PostView p = posts.get(i);
      boolean last = i == posts.size() - 1;
      int n = p.number();
      out.append("<li class=\"card post")
          .append(p.hidden() ? " post-hidden" : "")
          .append("\" id=\"")
          .append(last ? "latest" : "post-" + n)
          .append("\" value=\"")
          .append(n)
          .append("\">\n<span id=\"")
          .append(last ? "post-" + n : "")
          .append("\" class=\"anchor\"></span>\n<p class=\"meta\"><strong>")
          .append(HtmlText.escape(p.author()))
          .append("</strong> · ");
      // Interprofessional discussion shows who speaks from where.
      if (p.profession() != null && !p.profession().isBlank()) {
        out.append("<span class=\"profession\">")
            .append(HtmlText.escape(professions.apply(p.profession())))
            .append("</span> · ");
      }
      out.append(HtmlText.escape(time.format(p.at())));
      if (p.editedAt() != null) {
        out.append(" · <span class=\"edited\">").append(HtmlText.escape(edited)).append("</span>");
      }
      if (p.hidden()) {
        out.append(" · <span class=\"badge hidden-badge\">")
            .append(HtmlText.escape(hiddenBadge))
            .append("</span>");
      }
      if (p.underClinicalReview()) {
        out.append(" · <span class=\"badge clinical-badge\">")
            .append(HtmlText.escape(underReview))
            .append("</span>");
      }
      out.append("\n</p>\n");
      if (p.hidden()) {
        out.append("<p class=\"post-body hidden-note\">")
            .append(
                HtmlText.escape("HIDDEN".equals(p.clinicalReview()) ? hiddenClinical : hiddenNote))
            .append("</p>");
      } else {
        // Stored HTML, made from Markdown and sanitised when the post was written.
        out.append("<div class=\"post-body\">").append(p.html()).append("</div>");
        if ("CORRECTED".equals(p.clinicalReview())) {
          out.append("\n<div class=\"clinical-note\" role=\"note\"><strong>")
              .append(HtmlText.escape(corrected))
              .append("</strong> ")
              .append(HtmlText.escape(p.clinicalNote()))
              .append("</div>");
        } else if ("FINE".equals(p.clinicalReview())) {
          out.append("\n<p class=\"meta clinical-fine\">")
              .append(HtmlText.escape(fine))
              .append("</p>");
        }
      }
      out.append("\n<div class=\"post-actions\">\n");
      if (p.mayMarkHelpful()) {
        out.append("<button type=\"submit\" form=\"actions\" name=\"actions:helpful\" value=\"")
            .append(n)
            .append("\" id=\"post:")
            .append(i)
            .append(":helpful:toggle\" class=\"link-button-dark\" aria-pressed=\"")
            .append(p.markedHelpful())
            .append("\">")
            .append(HtmlText.escape(helpful))
            .append(" (")
            .append(p.helpful())
            .append(")</button>\n");
      } else if (p.helpful() > 0) {
        out.append("<span class=\"meta helpful-count\">")
            .append(HtmlText.escape(helpfulCount.apply(p.helpful())))
            .append("</span>\n");
      }
      if (thread.mayReply() && !p.hidden()) {
        out.append("<a class=\"quote-link\" href=\"?page=")
            .append(thread.page())
            .append("&amp;quote=")
            .append(n)
            .append("#reply-heading\">")
            .append(HtmlText.escape(quote))
            .append("</a>\n");
      }
      if (p.mayEdit()) {
        out.append("<a class=\"edit-link\" href=\"?page=")
            .append(thread.page())
            .append("&amp;edit=")
            .append(n)
            .append("#post-")
            .append(n)
            .append("\">")
            .append(HtmlText.escape(edit))
            .append("</a>\n");
      }
      out.append("</div>\n");
      if (p.mayFlag()) {
        String error = flags.error(n);
        String kindError = flags.kindError(n);
        String reason = flags.reason(n);
        String chosen = flags.kind(n);
        out.append("<details class=\"flag\"")
            .append(error.isEmpty() && kindError.isEmpty() ? "" : " open=\"open\"")
            .append("><summary>")
            .append(HtmlText.escape(flag))
            .append("</summary><div class=\"form\"><div class=\"field\"><label for=\"post:")
            .append(i)
            .append(":flag:kind\">")
            .append(HtmlText.escape(flagKind))
            .append("</label><select form=\"actions\" id=\"post:")
            .append(i)
            .append(":flag:kind\" name=\"flag-kind-")
            .append(n)
            .append("\"><option value=\"\">")
            .append(HtmlText.escape(choose))
            .append("</option>");
        for (String[] kind : kinds) {
          out.append("<option value=\"")
              .append(kind[0])
              .append(kind[0].equals(chosen) ? "\" selected=\"selected\">" : "\">")
              .append(HtmlText.escape(kind[1]))
              .append("</option>");
        }
        out.append("</select><span class=\"field-error\">")
            .append(HtmlText.escape(kindError))
            .append("</span></div><div class=\"field\"><label for=\"post:")
            .append(i)
            .append(":flag:reason\">")
            .append(HtmlText.escape(flagReason))
            .append("</label><textarea form=\"actions\" id=\"post:")
            .append(i)
            .append(":flag:reason\" name=\"flag-reason-")
            .append(n)
            .append("\" rows=\"2\">")
            .append(HtmlText.escape(reason == null ? "" : reason))
            .append("</textarea><span class=\"field-error\">")
            .append(HtmlText.escape(error))
            .append("</span></div><button type=\"submit\" form=\"actions\" name=\"actions:flag\"")
            .append(" value=\"")
            .append(n)
            .append("\" id=\"post:")
            .append(i)
            .append(":flag:submit\" class=\"link-button-dark\">")
            .append(HtmlText.escape(flagSubmit))
            .append("</button></div></details>\n");
      }
      out.append("</li>\n");
    }
    return out.toString();
  }
}
