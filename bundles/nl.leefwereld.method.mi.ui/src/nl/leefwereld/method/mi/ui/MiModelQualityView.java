// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import nl.leefwereld.core.learn.Learner;
import nl.leefwereld.method.mi.MiLearning;
import nl.leefwereld.ui.learn.ModelQualityView;

/** <em>Modelkwaliteit (MG)</em>: the trained MI model's facts and cross-validation, and training it again. */
public class MiModelQualityView extends ModelQualityView {

    public static final String ID = "nl.leefwereld.method.mi.ui.quality"; //$NON-NLS-1$

    @Override
    protected Learner learner() {
        return MiLearning.LEARNER;
    }
}
