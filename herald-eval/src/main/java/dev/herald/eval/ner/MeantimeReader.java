package dev.herald.eval.ner;

import static dev.herald.spi.Checks.requireNonNull;

import dev.herald.spi.ErrorCode;
import dev.herald.spi.HeraldException;
import dev.herald.spi.TokenSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads MEANTIME's NewsReader CAT XML: {@code token} elements (with {@code t_id} and {@code sentence}),
 * {@code ENTITY_MENTION} markables anchored to tokens, {@code ENTITY} markables with the {@code ent_type}, and
 * {@code REFERS_TO} relations from mentions to entities, which is where a mention's type comes from. Only the
 * sentences up to the last one holding a markable (entity, event or time) count as annotated.
 */
public final class MeantimeReader {
    private MeantimeReader() {}

    /** Every {@code corpus_*\/*.xml} under {@code intraDocDir} (MEANTIME's intra-doc_annotation), by path. */
    public static List<MeantimeDocument> readCorpus(Path intraDocDir) {
        requireNonNull(intraDocDir, "intraDocDir");
        try (Stream<Path> files = Files.walk(intraDocDir, 2)) {
            List<Path> paths = files
                    .filter(p -> p.getFileName().toString().endsWith(".xml")
                            && p.getParent().getFileName().toString().startsWith("corpus_"))
                    .sorted()
                    .toList();
            if (paths.isEmpty()) {
                throw new HeraldException(ErrorCode.BAD_INPUT, "no corpus_*/*.xml files under " + intraDocDir);
            }
            return paths.stream().map(MeantimeReader::read).toList();
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "cannot list " + intraDocDir + ": " + e, e);
        }
    }

    public static MeantimeDocument read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name);
        } catch (IOException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, "cannot read " + file + ": " + e, e);
        }
    }

    public static MeantimeDocument parse(InputStream xml, String id) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            root = builder.parse(xml).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new HeraldException(ErrorCode.BAD_INPUT, id + ": not readable CAT XML: " + e.getMessage(), e);
        }
        List<List<String>> sentences = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        Map<String, Integer> sentenceOf = new HashMap<>();
        String sentence = null;
        int index = 0;
        for (Element token : children(root, "token")) {
            String s = token.getAttribute("sentence");
            if (!s.equals(sentence)) {
                sentences.add(new ArrayList<>());
                sentence = s;
            }
            sentences.get(sentences.size() - 1).add(token.getTextContent());
            sentenceOf.put(token.getAttribute("t_id"), sentences.size() - 1);
            if (tokenIndex.put(token.getAttribute("t_id"), index++) != null) {
                throw new HeraldException(ErrorCode.BAD_INPUT, id + ": duplicate t_id " + token.getAttribute("t_id"));
            }
        }
        List<Element> markables = children(root, "Markables").stream()
                .flatMap(m -> children(m, null).stream()).toList();
        int annotatedSentences = 0;
        for (Element markable : markables) {
            for (Element anchor : children(markable, "token_anchor")) {
                Integer s = sentenceOf.get(anchor.getAttribute("t_id"));
                annotatedSentences = Math.max(annotatedSentences, s == null ? 0 : s + 1);
            }
        }
        Map<String, String> entityTypes = new HashMap<>();
        for (Element entity : markables) {
            if (entity.getTagName().equals("ENTITY")) {
                entityTypes.put(entity.getAttribute("m_id"), entity.getAttribute("ent_type"));
            }
        }
        Map<String, String> mentionTypes = new HashMap<>();
        for (Element relations : children(root, "Relations")) {
            for (Element refersTo : children(relations, "REFERS_TO")) {
                String type = children(refersTo, "target").stream()
                        .map(t -> entityTypes.get(t.getAttribute("m_id")))
                        .filter(t -> t != null)
                        .findFirst()
                        .orElse(null);
                if (type != null) {
                    children(refersTo, "source").forEach(s -> mentionTypes.putIfAbsent(s.getAttribute("m_id"), type));
                }
            }
        }
        List<MeantimeMention> mentions = new ArrayList<>();
        for (Element mention : markables) {
            if (!mention.getTagName().equals("ENTITY_MENTION")) {
                continue;
            }
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (Element anchor : children(mention, "token_anchor")) {
                Integer i = tokenIndex.get(anchor.getAttribute("t_id"));
                if (i == null) {
                    throw new HeraldException(ErrorCode.BAD_INPUT, id + ": mention " + mention.getAttribute("m_id")
                            + " anchors unknown token " + anchor.getAttribute("t_id"));
                }
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
            if (last >= 0) {
                String mId = mention.getAttribute("m_id");
                mentions.add(new MeantimeMention(mId, new TokenSpan(first, last + 1),
                        mentionTypes.getOrDefault(mId, ""), mention.getAttribute("syntactic_type")));
            }
        }
        return new MeantimeDocument(id, sentences, mentions, annotatedSentences);
    }

    /** The child elements of {@code parent} named {@code name}, or all of them when {@code name} is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                out.add(element);
            }
        }
        return out;
    }
}
