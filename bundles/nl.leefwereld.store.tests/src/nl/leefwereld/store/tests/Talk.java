// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.testsupport.Fixtures;

/** Realistic Dutch conversations for the privacy tests: a client, a trajectory and a conversation with these turns. */
final class Talk {

    private Talk() {
    }

    /** Turns alternate: professional, client, professional, … */
    static Conversation of(Client client, String... turns) {
        Conversation conversation = Fixtures.richConversation(client, turns.length);
        for (int i = 0; i < turns.length; i++) {
            conversation.getUtterances().get(i).setText(turns[i]);
        }
        return conversation;
    }

    static Conversation keukentafel(Client client, String secret) {
        return of(client,
                "Fijn dat ik bij u thuis mag komen. Hoe gaat het nu met u?",
                "Niet zo goed. " + secret,
                "Dat klinkt zwaar. Wat zou u helpen om de komende week door te komen?",
                "Als iemand met mij de post opent. Ik durf de enveloppen niet meer open te maken.",
                "Zullen we dat samen doen, nu meteen?");
    }
}
