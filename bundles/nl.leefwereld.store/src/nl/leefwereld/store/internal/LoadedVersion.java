// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * The version of the conversation row a loaded (or saved) copy was read at, and the rows it was read as
 * ({@link LoadedRows}), kept as an adapter on the copy. A save of that copy succeeds only while the row still has
 * this version (optimistic locking); copies built in memory have none and save unconditionally.
 */
final class LoadedVersion extends AdapterImpl {

    private Integer version;
    private LoadedRows rows;

    @Override
    public boolean isAdapterForType(Object type) {
        return type == LoadedVersion.class;
    }

    static Integer of(EObject object) {
        LoadedVersion loaded = find(object, false);
        return loaded == null ? null : loaded.version;
    }

    static void set(EObject object, int version) {
        find(object, true).version = version;
    }

    /** The rows the copy was read or last saved as, or null. */
    static LoadedRows rows(EObject object) {
        LoadedVersion loaded = find(object, false);
        return loaded == null ? null : loaded.rows;
    }

    static void setRows(EObject object, LoadedRows rows) {
        find(object, true).rows = rows;
    }

    private static LoadedVersion find(EObject object, boolean create) {
        for (Adapter adapter : object.eAdapters()) {
            if (adapter instanceof LoadedVersion loaded) {
                return loaded;
            }
        }
        if (!create) {
            return null;
        }
        LoadedVersion loaded = new LoadedVersion();
        object.eAdapters().add(loaded);
        return loaded;
    }
}
