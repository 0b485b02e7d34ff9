// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A help page (XHTML in a bundle, as the help system's table of contents names it: {@code /<bundle>/<path>}) read
 * into plain text with its spans: headings, bold, italic, keys and code, and links to other pages. The help view
 * shows it in a StyledText, so help works without a web browser engine (none on many Linux desktops and under
 * Xvfb).
 */
public final class HelpPage {

    /** How a span of the text looks. */
    public enum Style {
        HEADING, SUBHEADING, BOLD, ITALIC, CODE
    }

    public record Span(int start, int length, Style style) {
    }

    public record Link(int start, int length, String href) {
    }

    private final String href;
    private final String title;
    private final String text;
    private final List<Span> spans;
    private final List<Link> links;

    private HelpPage(String href, String title, String text, List<Span> spans, List<Link> links) {
        this.href = href;
        this.title = title;
        this.text = text;
        this.spans = List.copyOf(spans);
        this.links = List.copyOf(links);
    }

    public String href() {
        return href;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public List<Span> spans() {
        return spans;
    }

    public List<Link> links() {
        return links;
    }

    /** Reads the page at {@code /<bundle>/<path>} (an anchor after # is ignored). */
    public static HelpPage read(String href) throws IOException {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href; //$NON-NLS-1$ //$NON-NLS-2$
        if (path.startsWith("/")) { //$NON-NLS-1$
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        if (slash < 0) {
            throw new IOException(href);
        }
        Bundle bundle = Platform.getBundle(path.substring(0, slash));
        URL url = bundle == null ? null : bundle.getEntry(path.substring(slash + 1));
        if (url == null) {
            throw new IOException(href);
        }
        try (InputStream in = url.openStream()) {
            return parse(href, in);
        }
    }

    /** Reads XHTML; links are made absolute ({@code /<bundle>/<path>}) against {@code href}. */
    public static HelpPage parse(String href, InputStream in) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(href + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
        Builder b = new Builder(href);
        Element root = document.getDocumentElement();
        Node titleNode = root.getElementsByTagName("title").item(0); //$NON-NLS-1$
        Node body = root.getElementsByTagName("body").item(0); //$NON-NLS-1$
        b.walk(body == null ? root : body);
        String text = b.text.toString().strip();
        return new HelpPage(href, titleNode == null ? "" : titleNode.getTextContent().strip(), text, b.spans, b.links); //$NON-NLS-1$
    }

    /** Walks the elements, keeping blocks on lines of their own. */
    private static final class Builder {
        private final String base;
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        Builder(String base) {
            this.base = base;
        }

        void walk(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE) {
                    appendText(child.getNodeValue());
                } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                    element((Element) child);
                }
            }
        }

        private void element(Element e) {
            String tag = e.getTagName().toLowerCase(java.util.Locale.ROOT);
            int start = text.length();
            switch (tag) {
                case "h1", "h2", "h3", "h4" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    newBlock(true);
                    start = text.length();
                    walk(e);
                    spans.add(new Span(start, text.length() - start, tag.equals("h1") ? Style.HEADING : Style.SUBHEADING)); //$NON-NLS-1$
                    newBlock(false);
                }
                case "p", "div", "table", "ul", "ol", "dl", "pre" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    newBlock(true);
                    walk(e);
                    newBlock(false);
                }
                case "li", "dt" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    newBlock(false);
                    text.append("\u2022 "); //$NON-NLS-1$
                    walk(e);
                }
                case "dd" -> { //$NON-NLS-1$
                    newBlock(false);
                    text.append("    "); //$NON-NLS-1$
                    walk(e);
                }
                case "tr" -> { //$NON-NLS-1$
                    newBlock(false);
                    walk(e);
                }
                case "td", "th" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append('\t');
                    }
                    walk(e);
                    if (tag.equals("th")) { //$NON-NLS-1$
                        spans.add(new Span(start, text.length() - start, Style.BOLD));
                    }
                }
                case "br" -> text.append('\n'); //$NON-NLS-1$
                case "b", "strong" -> styled(e, Style.BOLD); //$NON-NLS-1$ //$NON-NLS-2$
                case "i", "em" -> styled(e, Style.ITALIC); //$NON-NLS-1$ //$NON-NLS-2$
                case "code", "kbd", "tt" -> styled(e, Style.CODE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "a" -> { //$NON-NLS-1$
                    walk(e);
                    String target = e.getAttribute("href"); //$NON-NLS-1$
                    if (!target.isEmpty()) {
                        links.add(new Link(start, text.length() - start, resolve(target)));
                    }
                }
                case "head", "script", "style" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    // not shown
                }
                default -> walk(e);
            }
        }

        private void styled(Element e, Style style) {
            int start = text.length();
            walk(e);
            spans.add(new Span(start, text.length() - start, style));
        }

        /** Collapses white space as HTML does. */
        private void appendText(String value) {
            String collapsed = value.replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
            boolean atLineStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n'
                    || text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\t';
            if (atLineStart) {
                collapsed = collapsed.stripLeading();
            }
            text.append(collapsed);
        }

        private void newBlock(boolean blankLine) {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            if (text.length() == 0) {
                return;
            }
            if (text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            if (blankLine && !text.toString().endsWith("\n\n")) { //$NON-NLS-1$
                text.append('\n');
            }
        }

        /** {@code other.html} or {@code ../bundle/page.html} against the page's {@code /bundle/help/page.html}. */
        private String resolve(String target) {
            if (target.startsWith("/") || target.contains(":")) { //$NON-NLS-1$ //$NON-NLS-2$
                return target;
            }
            String folder = base.substring(0, base.lastIndexOf('/') + 1);
            java.util.Deque<String> parts = new java.util.ArrayDeque<>();
            for (String part : (folder + target).split("/")) { //$NON-NLS-1$
                if (part.equals("..")) { //$NON-NLS-1$
                    parts.pollLast();
                } else if (!part.isEmpty() && !part.equals(".")) { //$NON-NLS-1$
                    parts.addLast(part);
                }
            }
            return "/" + String.join("/", parts); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
