// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import nl.leefwereld.core.learn.Learner;
import nl.leefwereld.method.relation.RelationLearning;
import nl.leefwereld.ui.learn.ModelQualityView;

/** <em>Modelkwaliteit (relatie)</em>: the trained relation typing's facts and cross-validation, and training it. */
public class RelationModelQualityView extends ModelQualityView {

    public static final String ID = "nl.leefwereld.method.relation.ui.quality"; //$NON-NLS-1$

    @Override
    protected Learner learner() {
        return RelationLearning.LEARNER;
    }
}
