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
    NORMATIVE;

    /** The localised name, e.g. "waardering". */
    public String label() {
        return switch (this) {
            case EVALUATION -> Messages.Cue_evaluation;
            case INTERPRETATION -> Messages.Cue_interpretation;
            case GENERALISATION -> Messages.Cue_generalisation;
            case CONCLUSION -> Messages.Cue_conclusion;
            case DIAGNOSIS -> Messages.Cue_diagnosis;
            case NORMATIVE -> Messages.Cue_normative;
        };
    }
}
