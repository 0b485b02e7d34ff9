// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

/** Why a sentence reads as a judgment rather than a fact. */
public enum CueKind {
    /** A valuing word about the client or the situation: "ongemotiveerd", "lastig", "zielig", "te veel". */
    EVALUATION,
    /** An interpretation: "ik denk dat", "waarschijnlijk", "lijkt", "vermoedelijk". */
    INTERPRETATION,
    /** A generalisation: "altijd", "nooit", "iedereen". */
    GENERALISATION,
    /** A conclusion: "dus", "kortom", "daarom". */
    CONCLUSION,
    /** A diagnosis-like label: "depressief", "verslaafd". */
    DIAGNOSIS,
    /** What should be: "zou moeten", "had moeten". */
    NORMATIVE,
    /** A claim about what someone can do: "niet in staat", "kan zijn administratie niet zelf bijhouden". */
    CAPACITY,
    /** A claim about someone's insight: "ziet zijn eigen aandeel niet", "heeft geen besef". */
    INSIGHT,
    /** A prediction: "zal wel weer", "haakt vast weer af". */
    PREDICTION,
    /** A professional label without a source: "klassiek voorbeeld van vermijdingsgedrag", "typisch". */
    LABEL,
    /** Blame through attitude: "door zijn opstelling", "vanwege haar houding". */
    BLAME;

    /** The localised name, e.g. "waardering". */
    public String label() {
        return switch (this) {
            case EVALUATION -> Messages.Cue_evaluation;
            case INTERPRETATION -> Messages.Cue_interpretation;
            case GENERALISATION -> Messages.Cue_generalisation;
            case CONCLUSION -> Messages.Cue_conclusion;
            case DIAGNOSIS -> Messages.Cue_diagnosis;
            case NORMATIVE -> Messages.Cue_normative;
            case CAPACITY -> Messages.Cue_capacity;
            case INSIGHT -> Messages.Cue_insight;
            case PREDICTION -> Messages.Cue_prediction;
            case LABEL -> Messages.Cue_label;
            case BLAME -> Messages.Cue_blame;
        };
    }
}
