package org.parity.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown that people typed, turned into HTML that is safe to show: rendered by commonmark-java,
 * then sanitised by the OWASP Java HTML Sanitizer, always both.
 */
@ApplicationScoped
public class Markdown {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

  /** Where an image a unit shows is served from, and what is read out in its place. */
  public record ImageLink(String src, String alt) {}

  /** Only images Parity serves itself: no tracking pixels or pictures from elsewhere. */
  private static final Pattern IMAGE_SRC = Pattern.compile("^/unit-images/[0-9]+/[a-z0-9.-]+$");

  private static final PolicyFactory POLICY_WITH_IMAGES =
      POLICY.and(
          new HtmlPolicyBuilder()
              .allowElements("img")
              .allowAttributes("alt")
              .onElements("img")
              .allowAttributes("src")
              .matching(IMAGE_SRC)
              .onElements("img")
              .toFactory());

  /**
   * Markdown whose {@code ![…](images/NAME)} show the images given by name, each with its own
   * alternative text whatever was typed between the brackets; any other image is dropped.
   */
  public String toSafeHtml(String markdown, Map<String, ImageLink> images) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            String destination = image.getDestination();
            ImageLink link =
                destination != null && destination.startsWith("images/")
                    ? images.get(destination.substring("images/".length()))
                    : null;
            if (link == null) {
              // Not one of the module's images: its words stay, the picture does not.
              Node child = image.getFirstChild();
              while (child != null) {
                Node next = child.getNext();
                image.insertBefore(child);
                child = next;
              }
              image.unlink();
              return;
            }
            image.setDestination(link.src());
            image.setTitle(null);
            Node child = image.getFirstChild();
            while (child != null) {
              Node next = child.getNext();
              child.unlink();
              child = next;
            }
            image.appendChild(new Text(link.alt()));
          }
        });
    return POLICY_WITH_IMAGES.sanitize(RENDERER.render(document));
  }

  public String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
