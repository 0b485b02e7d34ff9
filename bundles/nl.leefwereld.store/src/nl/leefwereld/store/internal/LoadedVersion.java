// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * The version of the conversation row a loaded (or saved) copy was read at, kept as an adapter on the copy. A save
 * of that copy succeeds only while the row still has this version (optimistic locking); copies built in memory
 * have none and save unconditionally.
 */
final class LoadedVersion extends AdapterImpl {

    private int version;

    private LoadedVersion(int version) {
        this.version = version;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == LoadedVersion.class;
    }

    static Integer of(EObject object) {
        for (Adapter adapter : object.eAdapters()) {
            if (adapter instanceof LoadedVersion loaded) {
                return loaded.version;
            }
        }
        return null;
    }

    static void set(EObject object, int version) {
        for (Adapter adapter : object.eAdapters()) {
            if (adapter instanceof LoadedVersion loaded) {
                loaded.version = version;
                return;
            }
        }
        object.eAdapters().add(new LoadedVersion(version));
    }
}
