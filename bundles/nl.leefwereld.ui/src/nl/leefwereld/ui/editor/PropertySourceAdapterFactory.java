// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Participant;

/**
 * Shows any model object in the Properties view: its attributes and the names of single references (such as an
 * utterance's speaker). Read-only: edits go through the editor and its command stack.
 */
public class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject object) {
            return adapterType.cast(new EObjectPropertySource(object));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }

    static final class EObjectPropertySource implements IPropertySource {
        private final EObject object;

        EObjectPropertySource(EObject object) {
            this.object = object;
        }

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> descriptors = new ArrayList<>();
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                boolean shown = feature instanceof EAttribute && !feature.isMany()
                        || feature instanceof EReference ref && !ref.isMany() && !ref.isContainer() && !ref.isContainment();
                if (shown) {
                    descriptors.add(new PropertyDescriptor(feature, Messages.featureLabel(feature)));
                }
            }
            return descriptors.toArray(new IPropertyDescriptor[0]);
        }

        @Override
        public Object getPropertyValue(Object id) {
            EStructuralFeature feature = (EStructuralFeature) id;
            Object value = object.eGet(feature);
            if (value instanceof Participant participant) {
                return participant.getName();
            }
            if (value instanceof Client client) {
                return client.getDisplayName();
            }
            if (value instanceof Trajectory trajectory) {
                return trajectory.getTitle();
            }
            if (value instanceof Date date) {
                return DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(date);
            }
            if (value instanceof ConversationKind kind) {
                return Messages.kindLabel(kind);
            }
            if (value instanceof ParticipantRole role) {
                return Messages.roleLabel(role);
            }
            if (value instanceof Long millis && (feature == ModelPackage.Literals.UTTERANCE__START_MILLIS
                    || feature == ModelPackage.Literals.UTTERANCE__END_MILLIS)) {
                return TranscriptWriter.formatTime(millis.longValue());
            }
            return value == null ? "" : value; //$NON-NLS-1$
        }

        @Override
        public boolean isPropertySet(Object id) {
            return object.eIsSet((EStructuralFeature) id);
        }

        @Override
        public void resetPropertyValue(Object id) {
            // read-only
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            // read-only
        }
    }
}
