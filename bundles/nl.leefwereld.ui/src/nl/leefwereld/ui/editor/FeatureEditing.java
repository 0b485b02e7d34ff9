// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/** In-place editing of one model feature in a table cell; the new value goes through the editor's command stack. */
class FeatureEditing extends EditingSupport {

    private final ConversationEditor editor;
    private final EStructuralFeature feature;
    private final Supplier<CellEditor> cellEditor;

    private FeatureEditing(TableViewer viewer, ConversationEditor editor, EStructuralFeature feature,
            Supplier<CellEditor> cellEditor) {
        super(viewer);
        this.editor = editor;
        this.feature = feature;
        this.cellEditor = cellEditor;
    }

    /** A text feature; blank input is refused where {@code allowBlank} is false. */
    static FeatureEditing text(TableViewer viewer, ConversationEditor editor, EStructuralFeature feature, boolean allowBlank) {
        return new FeatureEditing(viewer, editor, feature, () -> new TextCellEditor(viewer.getTable())) {
            @Override
            protected Object getValue(Object element) {
                return ConversationEditor.nonNull((String) ((EObject) element).eGet(feature));
            }

            @Override
            protected void setValue(Object element, Object value) {
                String text = allowBlank ? (String) value : ((String) value).trim();
                if (allowBlank || !text.isEmpty()) {
                    super.setValue(element, text);
                }
            }
        };
    }

    /** A feature chosen from a list (a participant, a role). */
    static <T> FeatureEditing choice(TableViewer viewer, ConversationEditor editor, EStructuralFeature feature,
            Supplier<List<T>> choices, Function<T, String> label) {
        return new FeatureEditing(viewer, editor, feature, () -> {
            ComboBoxViewerCellEditor cell = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
            cell.setContentProvider(ArrayContentProvider.getInstance());
            cell.setLabelProvider(new LabelProvider() {
                @SuppressWarnings("unchecked")
                @Override
                public String getText(Object choice) {
                    return label.apply((T) choice);
                }
            });
            cell.setInput(choices.get());
            return cell;
        });
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return cellEditor.get();
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return ((EObject) element).eGet(feature);
    }

    @Override
    protected void setValue(Object element, Object value) {
        if (value != null && !value.equals(getValue(element))) {
            editor.set(element, feature, value);
        }
    }
}
