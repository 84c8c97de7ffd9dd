package dev.herald.time.eval;

import static dev.herald.spi.Checks.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a TimeML file exactly as {@code te3_text.py} defines it: TEXT is the character content of the single
 * {@code <TEXT>} element with every tag removed, entities decoded and all whitespace kept; the DCT is the value
 * of the first TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}; the gold timexes are all other
 * TIMEX3 elements inside TEXT, with code point offsets.
 */
public final class TimeMlReader {
    private static final String TIMEX = "TIMEX3";
    private static final String CREATION_TIME = "CREATION_TIME";

    private TimeMlReader() {}

    /** Parses one {@code .tml} file; the document name is the file name without {@code .tml}. */
    public static TimeMlDocument read(Path file) {
        org.w3c.dom.Document xml = parse(file);
        NodeList texts = xml.getElementsByTagName("TEXT");
        checkArgument(texts.getLength() == 1, "%s: expected exactly one <TEXT> element, found %s", file,
                texts.getLength());
        StringBuilder text = new StringBuilder();
        List<TimexAnnotation> gold = new ArrayList<>();
        int[] position = {0};
        walk((Element) texts.item(0), text, position, gold);
        String content = text.toString();
        List<TimexAnnotation> timexes = new ArrayList<>();
        for (TimexAnnotation timex : gold) {
            timexes.add(new TimexAnnotation(timex.start(), timex.end(), timex.type(), timex.value(),
                    CodePoints.substring(content, timex.start(), timex.end())));
        }
        timexes.sort(Comparator.comparingInt(TimexAnnotation::start).thenComparingInt(TimexAnnotation::end));
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".tml") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return new TimeMlDocument(name, content, creationTime(xml), timexes);
    }

    private static void walk(Node element, StringBuilder text, int[] position, List<TimexAnnotation> timexes) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    String data = child.getNodeValue();
                    text.append(data);
                    position[0] += data.codePointCount(0, data.length());
                }
                case Node.ENTITY_REFERENCE_NODE -> walk(child, text, position, timexes);
                case Node.ELEMENT_NODE -> {
                    int start = position[0];
                    walk(child, text, position, timexes);
                    Element tag = (Element) child;
                    if (tag.getTagName().equals(TIMEX) && !CREATION_TIME.equals(tag.getAttribute("functionInDocument"))) {
                        timexes.add(new TimexAnnotation(start, position[0], tag.getAttribute("type"),
                                tag.getAttribute("value"), ""));
                    }
                }
                default -> { }
            }
        }
    }

    private static Optional<String> creationTime(org.w3c.dom.Document xml) {
        NodeList timexes = xml.getElementsByTagName(TIMEX);
        for (int i = 0; i < timexes.getLength(); i++) {
            Element timex = (Element) timexes.item(i);
            if (CREATION_TIME.equals(timex.getAttribute("functionInDocument"))) {
                return valueOf(timex);
            }
        }
        for (Node child = xml.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element dct && dct.getTagName().equals("DCT")) {
                for (Node inner = dct.getFirstChild(); inner != null; inner = inner.getNextSibling()) {
                    if (inner instanceof Element timex && timex.getTagName().equals(TIMEX)) {
                        return valueOf(timex);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> valueOf(Element timex) {
        return timex.hasAttribute("value") ? Optional.of(timex.getAttribute("value")) : Optional.empty();
    }

    private static org.w3c.dom.Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(true);
            factory.setCoalescing(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("cannot parse TimeML file " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TimeML file " + file, e);
        }
    }
}
