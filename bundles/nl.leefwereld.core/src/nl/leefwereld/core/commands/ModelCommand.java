// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One undoable change of one feature of one object, without an editing domain: it runs headless (the CLI, tests)
 * and on any command stack (the conversation editor's). Adds to, removes from, or sets a feature; the label names
 * the change in the user's language ("code toevoegen"), so undo reads "Ongedaan maken: code toevoegen".
 */
public final class ModelCommand extends AbstractCommand {

    private enum Kind {
        ADD, REMOVE, SET
    }

    private final Kind kind;
    private final EObject owner;
    private final EStructuralFeature feature;
    private final List<Object> values;
    private final Object value;
    private Object oldValue;
    private final List<Integer> removedAt = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();

    private ModelCommand(String label, Kind kind, EObject owner, EStructuralFeature feature, Collection<?> values,
            Object value) {
        super(label);
        this.kind = kind;
        this.owner = owner;
        this.feature = feature;
        this.values = values == null ? List.of() : List.copyOf(values);
        this.value = value;
    }

    /** Adds the values at the end of a many-valued feature. */
    public static ModelCommand add(String label, EObject owner, EStructuralFeature feature, Collection<?> values) {
        return new ModelCommand(label, Kind.ADD, owner, feature, values, null);
    }

    /** Removes the values from a many-valued feature (those not in it are left out). */
    public static ModelCommand remove(String label, EObject owner, EStructuralFeature feature, Collection<?> values) {
        return new ModelCommand(label, Kind.REMOVE, owner, feature, values, null);
    }

    /** Sets a single-valued feature. */
    public static ModelCommand set(String label, EObject owner, EStructuralFeature feature, Object value) {
        return new ModelCommand(label, Kind.SET, owner, feature, null, value);
    }

    @Override
    protected boolean prepare() {
        if (owner == null || !owner.eClass().getEAllStructuralFeatures().contains(feature)) {
            return false;
        }
        return switch (kind) {
        case ADD -> feature.isMany() && !values.isEmpty();
        case REMOVE -> feature.isMany() && values.stream().anyMatch(list()::contains);
        case SET -> !feature.isMany();
        };
    }

    @SuppressWarnings("unchecked")
    private List<Object> list() {
        return (List<Object>) owner.eGet(feature);
    }

    @Override
    public void execute() {
        switch (kind) {
        case ADD -> list().addAll(values);
        case REMOVE -> {
            removedAt.clear();
            removed.clear();
            List<Object> list = list();
            for (int i = list.size() - 1; i >= 0; i--) {
                if (values.contains(list.get(i))) {
                    removedAt.add(0, Integer.valueOf(i));
                    removed.add(0, list.remove(i));
                }
            }
        }
        case SET -> {
            oldValue = owner.eGet(feature);
            owner.eSet(feature, value);
        }
        }
    }

    @Override
    public void undo() {
        switch (kind) {
        case ADD -> list().removeAll(values);
        case REMOVE -> {
            List<Object> list = list();
            for (int i = 0; i < removed.size(); i++) {
                list.add(removedAt.get(i).intValue(), removed.get(i));
            }
        }
        case SET -> owner.eSet(feature, oldValue);
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return kind == Kind.SET ? List.of(owner) : values;
    }
}
