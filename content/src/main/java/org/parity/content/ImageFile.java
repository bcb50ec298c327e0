package org.parity.content;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The rules for an image in a unit, the same in the studio and in packages: PNG, JPEG or SVG, known
 * by its bytes, at most 2 MB and 4,000 pixels a side. PNG and JPEG are decoded and written afresh,
 * so nothing but the picture is kept (no camera or location data, nothing hidden after the image);
 * SVG keeps only drawing elements and attributes (no scripts, no events, no links or images from
 * elsewhere). Every image needs alternative text for people who cannot see it.
 */
public final class ImageFile {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_SIDE = 4000;
  public static final int MAX_ALT = 250;
  public static final int MAX_PER_MODULE = 30;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final Pattern NAME = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*\\.(png|jpg|svg)$");

  /** An image as it is kept: its type, the bytes written afresh, and its size in pixels. */
  public record Accepted(String mediaType, String extension, byte[] bytes, int width, int height) {}

  /** Why an image was refused: a message key and its English text. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;

    Refused(String key, String message) {
      super(message);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private ImageFile() {}

  public static Accepted accept(byte[] bytes) throws Refused {
    if (bytes == null || bytes.length == 0) {
      throw new Refused("image.required", "Choose an image file.");
    }
    if (bytes.length > MAX_BYTES) {
      throw new Refused("image.tooLarge", "An image can be at most 2 MB.");
    }
    if (startsWith(bytes, PNG)) {
      return raster(bytes, "png", "image/png");
    }
    if (startsWith(bytes, JPEG)) {
      return raster(bytes, "jpg", "image/jpeg");
    }
    if (looksLikeSvg(bytes)) {
      return new Accepted("image/svg+xml", "svg", Svg.clean(bytes), 0, 0);
    }
    throw new Refused("image.type", "Only PNG, JPEG and SVG images can be added.");
  }

  /** The media type of a PNG or JPEG, known by its first bytes whatever its name. */
  public static Optional<String> rasterType(byte[] bytes) {
    if (bytes != null && startsWith(bytes, PNG)) {
      return Optional.of("image/png");
    }
    if (bytes != null && startsWith(bytes, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  /** The problem with alternative text, if any: it is required, and short. */
  public static Optional<String> altProblem(String alt) {
    if (alt == null || alt.isBlank()) {
      return Optional.of("image.altRequired");
    }
    return alt.strip().length() > MAX_ALT ? Optional.of("image.altTooLong") : Optional.empty();
  }

  /** The name an image is kept under, from the name it came with and its type: "chart-1.png". */
  public static String nameFor(String fileName, String extension) {
    String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
    int dot = base.lastIndexOf('.');
    base = (dot > 0 ? base.substring(0, dot) : base).toLowerCase(Locale.ROOT);
    base = base.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (base.isEmpty()) {
      base = "image";
    }
    return base.substring(0, Math.min(base.length(), 60)) + "." + extension;
  }

  /** Whether a name is one an image is kept under (what units refer to as images/NAME). */
  public static boolean isName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  private static Accepted raster(byte[] bytes, String format, String mediaType) throws Refused {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        // The size is read from the header before any pixel is decoded: a small file that
        // claims a huge picture is refused without filling the memory.
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_SIDE || height > MAX_SIDE) {
          throw new Refused("image.tooWide", "An image can be at most 4,000 pixels a side.");
        }
        BufferedImage image = reader.read(0);
        return new Accepted(mediaType, format, encode(image, format), width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw unreadable();
    }
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format.equals("png")) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
    // JPEG has no transparency: draw onto plain RGB, then write at a quality that keeps detail.
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = rgb.createGraphics();
    graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    graphics.dispose();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static Refused unreadable() {
    return new Refused("image.unreadable", "The image could not be read: is the file damaged?");
  }

  private static boolean startsWith(byte[] bytes, byte[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeSvg(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8).stripLeading();
    return (start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!--"))
        && start.contains("<svg");
  }

  /** SVG kept to drawing: an allow-list of elements and attributes, everything else dropped. */
  static final class Svg {

    private static final String NS = "http://www.w3.org/2000/svg";

    private static final Set<String> ELEMENTS =
        Set.of(
            "svg",
            "g",
            "defs",
            "title",
            "desc",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan",
            "linearGradient",
            "radialGradient",
            "stop",
            "clipPath",
            "mask",
            "pattern",
            "marker",
            "symbol",
            "use");

    private static final Set<String> ATTRIBUTES =
        Set.of(
            "id",
            "class",
            "viewBox",
            "width",
            "height",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "d",
            "points",
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-opacity",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-dasharray",
            "stroke-dashoffset",
            "stroke-miterlimit",
            "opacity",
            "transform",
            "font-family",
            "font-size",
            "font-weight",
            "font-style",
            "text-anchor",
            "dominant-baseline",
            "letter-spacing",
            "offset",
            "stop-color",
            "stop-opacity",
            "gradientUnits",
            "gradientTransform",
            "spreadMethod",
            "fx",
            "fy",
            "clip-path",
            "clip-rule",
            "mask",
            "marker-start",
            "marker-mid",
            "marker-end",
            "markerWidth",
            "markerHeight",
            "refX",
            "refY",
            "orient",
            "patternUnits",
            "patternTransform",
            "preserveAspectRatio",
            "role",
            "aria-label",
            "aria-hidden",
            "dx",
            "dy",
            "rotate",
            "textLength",
            "lengthAdjust",
            "visibility",
            "display",
            "color",
            "href");

    /** Values that could fetch or run something: only references within the file pass. */
    private static final Pattern UNSAFE_VALUE =
        Pattern.compile("(?i)(javascript:|data:|url\\s*\\(\\s*['\"]?(?!#)|expression\\s*\\()");

    private Svg() {}

    static byte[] clean(byte[] bytes) throws Refused {
      Document document = parse(bytes);
      Element root = document.getDocumentElement();
      if (!"svg".equals(local(root))) {
        throw unreadable();
      }
      keep(root);
      try {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString().getBytes(StandardCharsets.UTF_8);
      } catch (TransformerException e) {
        throw unreadable();
      }
    }

    private static Document parse(byte[] bytes) throws Refused {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // No document type, no entities, nothing fetched: the classic XML attacks have no way in.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(bytes));
      } catch (ParserConfigurationException | SAXException | IOException e) {
        throw unreadable();
      }
    }

    private static void keep(Element element) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = attributes.getLength() - 1; i >= 0; i--) {
        Attr attribute = (Attr) attributes.item(i);
        String name = local(attribute);
        boolean namespaceDeclaration =
            "xmlns".equals(attribute.getPrefix()) || "xmlns".equals(attribute.getName());
        boolean allowed =
            ATTRIBUTES.contains(name) && !UNSAFE_VALUE.matcher(attribute.getValue()).find();
        if (name.equals("href") && !attribute.getValue().startsWith("#")) {
          allowed = false;
        }
        if (!allowed && !namespaceDeclaration) {
          element.removeAttributeNode(attribute);
        }
      }
      for (Node child : List.copyOf(children(element))) {
        if (child.getNodeType() == Node.ELEMENT_NODE) {
          Element childElement = (Element) child;
          if (ELEMENTS.contains(local(childElement))
              && (childElement.getNamespaceURI() == null
                  || NS.equals(childElement.getNamespaceURI()))) {
            keep(childElement);
          } else {
            element.removeChild(child);
          }
        } else if (child.getNodeType() != Node.TEXT_NODE) {
          // Comments, processing instructions and CDATA (which could hide a style sheet) go.
          element.removeChild(child);
        }
      }
    }

    private static List<Node> children(Element element) {
      List<Node> nodes = new java.util.ArrayList<>();
      for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
        nodes.add(n);
      }
      return nodes;
    }

    private static String local(Node node) {
      return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }
  }
}
