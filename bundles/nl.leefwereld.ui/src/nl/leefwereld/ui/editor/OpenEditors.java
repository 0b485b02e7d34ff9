// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.XMLMemento;
import org.osgi.framework.FrameworkUtil;

/**
 * The conversation editors open at exit, opened again at the next start. The workbench's own editor restore cannot
 * be used: it restores editors before the database is open (that waits for the password), so the workbench advisor
 * saves the editors' persistable inputs here at shutdown and reopens them once the database is open. Per database
 * (a team server's conversations are not looked for in the local one).
 */
public final class OpenEditors {

    private static final String EDITOR = "editor"; //$NON-NLS-1$
    private static final String FACTORY = "factory"; //$NON-NLS-1$
    private static final String ACTIVE = "active"; //$NON-NLS-1$
    private static final String DATABASE = "database"; //$NON-NLS-1$

    private OpenEditors() {
    }

    /** The file in this bundle's state area. */
    public static Path defaultFile() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(OpenEditors.class)).toFile().toPath().resolve("open-editors.xml"); //$NON-NLS-1$
    }

    /** Writes the persistable inputs of the page's conversation editors (owner-only file; ids only). */
    public static void save(IWorkbenchPage page, String database, Path file) throws IOException {
        XMLMemento root = XMLMemento.createWriteRoot("editors"); //$NON-NLS-1$
        root.putString(DATABASE, database);
        var active = page.getActiveEditor();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (!ConversationEditor.ID.equals(reference.getId())) {
                continue;
            }
            IEditorInput input;
            try {
                input = reference.getEditorInput();
            } catch (PartInitException e) {
                continue;
            }
            IPersistableElement persistable = input.getPersistable();
            if (persistable == null) {
                continue;
            }
            IMemento child = root.createChild(EDITOR);
            child.putString(FACTORY, persistable.getFactoryId());
            child.putBoolean(ACTIVE, active != null && active == reference.getEditor(false));
            persistable.saveState(child);
        }
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the state area is in the user's home anyway
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            root.save(writer);
        }
    }

    /**
     * Opens the editors saved for this database (the active one last, so it is in front) and forgets them. A
     * conversation deleted since is skipped; the reasons are returned, one per editor not reopened.
     */
    public static List<String> reopen(IWorkbenchPage page, String database, Path file) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return problems;
        }
        XMLMemento root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = XMLMemento.createReadRoot(reader);
        } catch (IOException | WorkbenchException e) {
            problems.add(file + ": " + e.getMessage()); //$NON-NLS-1$
            return problems;
        }
        if (!String.valueOf(database).equals(root.getString(DATABASE))) {
            return problems;
        }
        IEditorInput front = null;
        for (IMemento child : root.getChildren(EDITOR)) {
            IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(child.getString(FACTORY));
            IAdaptable element = factory == null ? null : factory.createElement(child);
            if (!(element instanceof IEditorInput input)) {
                continue;
            }
            String id = child.getString(ConversationEditorInputFactory.CONVERSATION);
            try {
                var part = page.openEditor(input, ConversationEditor.ID, true);
                if (!(part instanceof ConversationEditor)) {
                    // the workbench shows an error part when the conversation is gone: not worth a tab
                    page.closeEditor(part, false);
                    problems.add(NLS.bind(nl.leefwereld.ui.Messages.Editors_notReopened, id, NLS.bind(Messages.Editor_notFound, id)));
                } else if (Boolean.TRUE.equals(child.getBoolean(ACTIVE))) {
                    front = input;
                }
            } catch (PartInitException e) {
                problems.add(NLS.bind(nl.leefwereld.ui.Messages.Editors_notReopened, id, e.getMessage()));
            }
        }
        if (front != null) {
            var editor = page.findEditor(front);
            if (editor != null) {
                page.activate(editor);
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            problems.add(file + ": " + e.getMessage()); //$NON-NLS-1$
        }
        return problems;
    }

    /** Logs what could not be reopened (conversation ids only, never client data). */
    public static void log(List<String> problems) {
        for (String problem : problems) {
            Platform.getLog(OpenEditors.class).log(new Status(IStatus.WARNING, "nl.leefwereld.ui", problem)); //$NON-NLS-1$
        }
    }
}
