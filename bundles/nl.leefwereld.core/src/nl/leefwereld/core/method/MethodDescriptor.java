// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import nl.leefwereld.core.codebook.QdcCodebooks;
import nl.leefwereld.model.Codebook;

/**
 * One method contributed through {@code nl.leefwereld.core.methods}: what it is, where it comes from, and its
 * codebook file. Immutable; created by {@link MethodRegistry}.
 */
public final class MethodDescriptor {

    private final String id;
    private final String name;
    private final String description;
    private final String source;
    private final String codebookPath;
    private final String iconPath;
    private final String contributor;
    private final List<AnalyzerDescriptor> analyzers;
    private final boolean spans;

    /**
     * @param codebookPath path of the .qdc file inside the contributing bundle, or {@code null}
     * @param iconPath     path of the icon inside the contributing bundle, or {@code null}
     * @param contributor  symbolic name of the contributing bundle
     */
    public MethodDescriptor(String id, String name, String description, String source, String codebookPath,
            String iconPath, String contributor, List<AnalyzerDescriptor> analyzers) {
        this(id, name, description, source, codebookPath, iconPath, contributor, analyzers, true);
    }

    /**
     * @param spans whether the method's codes may code a span of an utterance's text (MITI codes whole utterances
     *              only)
     */
    public MethodDescriptor(String id, String name, String description, String source, String codebookPath,
            String iconPath, String contributor, List<AnalyzerDescriptor> analyzers, boolean spans) {
        this.spans = spans;
        this.id = Objects.requireNonNull(id);
        this.name = name == null || name.isBlank() ? id : name;
        this.description = description == null ? "" : description; //$NON-NLS-1$
        this.source = source == null ? "" : source; //$NON-NLS-1$
        this.codebookPath = blankToNull(codebookPath);
        this.iconPath = blankToNull(iconPath);
        this.contributor = contributor == null ? "" : contributor; //$NON-NLS-1$
        this.analyzers = List.copyOf(analyzers);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Whether a code of this method may cover a span of an utterance's text (the {@code spans} attribute). */
    public boolean spans() {
        return spans;
    }

    public String id() {
        return id;
    }

    /** The name in the user's language. */
    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The literature the method is based on (book, article, training), as the institute cites it. */
    public String source() {
        return source;
    }

    /** Path of the codebook (.qdc) inside the contributing bundle, or {@code null} when the method has none. */
    public String codebookPath() {
        return codebookPath;
    }

    /** Path of the icon inside the contributing bundle, or {@code null}. */
    public String iconPath() {
        return iconPath;
    }

    /** Symbolic name of the contributing bundle. */
    public String contributor() {
        return contributor;
    }

    /** The analyzers of this method, sorted by id. */
    public List<AnalyzerDescriptor> analyzers() {
        return analyzers;
    }

    /** The icon file, or {@code null} (no icon, or the bundle is not installed). */
    public URL iconUrl() {
        return find(iconPath);
    }

    /** The codebook file, or {@code null} (no codebook, or the file is missing from the bundle). */
    public URL codebookUrl() {
        return find(codebookPath);
    }

    /**
     * Reads the method's codebook. The codebook gets the method's id, name, description and source.
     *
     * @return the codebook, or {@code null} when the method declares none
     * @throws IOException when the file is missing or not a valid REFI-QDA codebook (the message names the file
     *                     and, for bad XML, the line)
     */
    public Codebook loadCodebook() throws IOException {
        if (codebookPath == null) {
            return null;
        }
        URL url = codebookUrl();
        if (url == null) {
            throw new IOException(NLS.bind(Messages.MethodDescriptor_codebookMissing,
                    new Object[] { codebookPath, contributor, id }));
        }
        Codebook codebook;
        try (InputStream in = url.openStream()) {
            codebook = new QdcCodebooks().read(in, contributor + '/' + codebookPath);
        }
        codebook.setMethodId(id);
        codebook.setName(name);
        codebook.setDescription(description);
        codebook.setSource(source);
        return codebook;
    }

    private URL find(String path) {
        if (path == null) {
            return null;
        }
        Bundle bundle = Platform.getBundle(contributor);
        if (bundle == null) {
            return null;
        }
        return FileLocator.find(bundle, new org.eclipse.core.runtime.Path(path), null);
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ')'; //$NON-NLS-1$
    }
}
