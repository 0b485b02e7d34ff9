// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Small undoable EMF commands that need no editing domain (so they run headless and on any
 * {@code BasicCommandStack}, e.g. the conversation editor's): add to or remove from a many-valued feature, set a
 * single-valued feature.
 */
public final class ModelCommands {

    private ModelCommands() {
    }

    /** Adds {@code value} at the end of the list feature. */
    public static Command add(EObject owner, EStructuralFeature feature, Object value) {
        return new ListCommand(owner, feature, value, true);
    }

    /** Removes {@code value} from the list feature. */
    public static Command remove(EObject owner, EStructuralFeature feature, Object value) {
        return new ListCommand(owner, feature, value, false);
    }

    /** Sets a single-valued feature. */
    public static Command set(EObject owner, EStructuralFeature feature, Object value) {
        return new AbstractCommand() {
            private Object old;

            @Override
            protected boolean prepare() {
                return !feature.isMany() && owner.eClass().getEAllStructuralFeatures().contains(feature);
            }

            @Override
            public void execute() {
                old = owner.eGet(feature);
                owner.eSet(feature, value);
            }

            @Override
            public void undo() {
                owner.eSet(feature, old);
            }

            @Override
            public void redo() {
                owner.eSet(feature, value);
            }

            @Override
            public java.util.Collection<?> getAffectedObjects() {
                return List.of(owner);
            }
        };
    }

    private static final class ListCommand extends AbstractCommand {
        private final EObject owner;
        private final EStructuralFeature feature;
        private final Object value;
        private final boolean add;
        private int index = -1;

        ListCommand(EObject owner, EStructuralFeature feature, Object value, boolean add) {
            this.owner = owner;
            this.feature = feature;
            this.value = value;
            this.add = add;
        }

        @SuppressWarnings("unchecked")
        private List<Object> list() {
            return (List<Object>) owner.eGet(feature);
        }

        @Override
        protected boolean prepare() {
            return feature.isMany() && owner.eClass().getEAllStructuralFeatures().contains(feature)
                    && (add || list().contains(value));
        }

        @Override
        public void execute() {
            if (add) {
                list().add(value);
            } else {
                index = list().indexOf(value);
                list().remove(index);
            }
        }

        @Override
        public void undo() {
            if (add) {
                list().remove(value);
            } else {
                list().add(index, value);
            }
        }

        @Override
        public void redo() {
            execute();
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return List.of(add ? value : owner);
        }
    }
}
