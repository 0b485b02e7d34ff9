// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import nl.leefwereld.model.ConversationKind;

/** Localised labels of conversation kinds. */
final class Kinds {

    private Kinds() {
    }

    static String label(ConversationKind kind) {
        if (kind == null) {
            return Messages.Kind_none;
        }
        return switch (kind) {
            case WELCOME -> Messages.Kind_welcome;
            case FOLLOW_UP -> Messages.Kind_followUp;
            case HOME_VISIT -> Messages.Kind_homeVisit;
            case PANEL -> Messages.Kind_panel;
            case ROLE_PLAY -> Messages.Kind_rolePlay;
            default -> Messages.Kind_other;
        };
    }
}
