package io.kling4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM (which has no parent on purpose) lists every published artifact, at the reactor's version: every
 * published module, and of contract-tests its stubs jar and its pact file only.
 */
class BomTest {
    /** Attachments of unpublished modules that are published, as artifactId:classifier:type. */
    private static final Set<String> PUBLISHED_ATTACHMENTS = Set.of(
            "kling4j-contract-tests:stubs:jar", "kling4j-contract-tests:pact:json");
    /** Reactor modules that are built and tested but not published for users. */
    private static final Set<String> UNPUBLISHED = Set.of("kling4j-generator-templates", "kling4j-contract-tests",
            "kling4j-benchmarks", "kling4j-examples", "kling4j-jackson-floor", "kling4j-bom",
            "kling4j-drift-check");

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element element, String name) {
        NodeList nodes = element.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    @Test
    void bomManagesEveryPublishedArtifactAtTheReactorVersion() throws Exception {
        Document bom = read(Path.of("../bom/pom.xml"));
        Document parent = read(Path.of("../pom.xml"));
        String reactorVersion = child(parent.getDocumentElement(), "version");
        assertEquals(reactorVersion, child(bom.getDocumentElement(), "version"), "bom/pom.xml <version>");
        Set<String> managed = new TreeSet<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            String classifier = child(dep, "classifier");
            managed.add(classifier == null ? child(dep, "artifactId") : child(dep, "artifactId") + ":" + classifier
                    + ":" + (child(dep, "type") == null ? "jar" : child(dep, "type")));
            assertEquals("io.kling4j", child(dep, "groupId"));
            assertEquals("${kling4j.version}", child(dep, "version"));
        }
        Set<String> published = new TreeSet<>(PUBLISHED_ATTACHMENTS);
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Element project = read(Path.of("..", modules.item(i).getTextContent().trim(), "pom.xml")).getDocumentElement();
            String artifactId = null;
            for (org.w3c.dom.Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("artifactId".equals(n.getNodeName())) {
                    artifactId = n.getTextContent().trim();
                }
            }
            if (!UNPUBLISHED.contains(artifactId)) {
                published.add(artifactId);
            }
        }
        assertEquals(published, managed, "every published reactor module is in the BOM, and nothing else");
    }
}
