// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/**
 * The workbench's one open {@link ConversationStore}, registered as an OSGi service by the application for its
 * lifetime. Views and editors ask it for the store and listen to it to refresh after changes.
 */
public final class WorkbenchStore {

    /** System property naming the database folder; by default {@code <workspace>/database}. */
    public static final String DATABASE_PROPERTY = "leefwereld.db"; //$NON-NLS-1$

    /** The family of the jobs that open the database at start; the navigator shows them as its progress. */
    public static final Object OPENING = new Object();

    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private volatile ConversationStore store;
    private volatile Path folder;
    /** The team server's URL and user while connected to one; null for the embedded database. */
    private volatile String server;
    private volatile String user;

    /** The service registered by the running application. */
    public static WorkbenchStore get() {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchStore.class).getBundleContext();
        ServiceReference<WorkbenchStore> reference = context.getServiceReference(WorkbenchStore.class);
        if (reference == null) {
            throw new IllegalStateException(Messages.WorkbenchStore_notRunning);
        }
        return context.getService(reference);
    }

    /** A system job of the {@link #OPENING} family (not yet scheduled). */
    public static Job openingJob(String name, IJobFunction work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return work.run(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == OPENING;
            }
        };
        job.setUser(false);
        return job;
    }

    /**
     * Checks the open store's audit chain in a system job of the lowest priority ({@link Job#DECORATE}); the store
     * logs a broken chain as a warning. Called once the navigator shows the data: the walk over the whole audit
     * log is off the start-up path (issue #22) and does not hold the store while the navigator reads it.
     */
    public void checkAuditInBackground() {
        ConversationStore current = store;
        if (current == null) {
            return;
        }
        Job job = Job.create(Messages.WorkbenchStore_checkingAudit, (IProgressMonitor monitor) -> {
            try {
                current.auditCheckAtOpen();
            } catch (StoreException e) {
                Platform.getLog(WorkbenchStore.class).warn(e.getMessage(), e);
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }

    /** {@code leefwereld.db} if set, else the folder {@code database} in the workspace (instance location). */
    public static Path defaultFolder() {
        String configured = System.getProperty(DATABASE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Location instance = Platform.getInstanceLocation();
        try {
            if (instance != null && instance.getURL() != null) {
                return Path.of(instance.getURL().toURI()).resolve("database"); //$NON-NLS-1$
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // fall through to the home folder
        }
        return Path.of(System.getProperty("user.home"), ".leefwereld", "workspace", "database"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Opens the database in this folder (closing any open one), with the password from
     * {@code LEEFWERELD_DB_PASSWORD} if set. Slow on first use: call it off the UI thread.
     */
    public synchronized void open(Path folder) throws StoreException {
        open(folder, StoreOptions.passwordFromEnvironment());
    }

    /**
     * Opens the database in this folder with this boot password (a new database is created encrypted with it;
     * {@code null}: unencrypted). Slow: call it off the UI thread.
     */
    public synchronized void open(Path folder, char[] bootPassword) throws StoreException {
        close();
        StoreOptions options = StoreOptions.defaults().withBootPassword(bootPassword);
        try {
            store = Stores.openEmbedded(folder, options);
        } finally {
            options.clear();
        }
        this.folder = folder;
        this.server = null;
        this.user = null;
        TrainedModels.use(store); // suggestions use the organisation's trained models, as on the command line
    }

    /**
     * Connects to an organisation database ({@code postgresql://host[:port]/database}) as this user. The connection is made
     * before the open database is closed, so a wrong address or password leaves the workbench where it was.
     * Slow: call it off the UI thread.
     */
    public synchronized void openRemote(String url, String userName, char[] password) throws StoreException {
        ConversationStore remote = Stores.openRemote(url, userName, password);
        close();
        store = remote;
        server = url;
        user = userName;
        TrainedModels.use(store);
    }

    /** The team server's URL while connected to one, else null. */
    public String server() {
        return server;
    }

    /** Where the data is, for people: the database folder, or user and server. */
    public String location() {
        String url = server;
        return url != null ? user + " @ " + url : String.valueOf(folder); //$NON-NLS-1$
    }

    /** The folder of the open (or last opened) database. */
    public Path folder() {
        return folder;
    }

    public boolean isOpen() {
        return store != null;
    }

    /** The open store; throws when the database is not open (yet). */
    public ConversationStore store() {
        ConversationStore current = store;
        if (current == null) {
            throw new IllegalStateException(Messages.WorkbenchStore_notOpen);
        }
        return current;
    }

    public synchronized void close() {
        if (store != null) {
            TrainedModels.use(null);
            store.close();
            store = null;
        }
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that clients, trajectories or conversations changed in the store. */
    public void fireChanged() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
