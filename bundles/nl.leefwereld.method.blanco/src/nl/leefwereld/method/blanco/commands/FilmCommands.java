// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.commands;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

import nl.leefwereld.core.commands.ModelCommand;
import nl.leefwereld.method.blanco.FilmExtractor;
import nl.leefwereld.method.blanco.Films;
import nl.leefwereld.method.blanco.model.BlancoPackage;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ModelPackage;

/**
 * The edits of a client's film as undoable commands with their names, for the Film view and headless use. Each
 * returns {@code null} when there is nothing to change.
 */
public final class FilmCommands {

    private static final BlancoPackage B = BlancoPackage.eINSTANCE;

    private FilmCommands() {
    }

    /** Adds suggested events and people; when the client has no film yet, it is created with them in one step. */
    public static Command addSuggestions(Client client, LifeFilm film, FilmExtractor.Suggestions s, String author,
            Date now) {
        if (film == null) {
            LifeFilm created = Films.create(author, now);
            created.getEvents().addAll(s.events());
            created.getPeople().addAll(s.people());
            return ModelCommand.add(Messages.Command_filmSuggestions, client, ModelPackage.Literals.CLIENT__ASSESSMENTS,
                    List.of(created));
        }
        CompoundCommand c = new CompoundCommand(Messages.Command_filmSuggestions);
        if (!s.events().isEmpty()) {
            c.append(ModelCommand.add(c.getLabel(), film, B.getLifeFilm_Events(), s.events()));
        }
        if (!s.people().isEmpty()) {
            c.append(ModelCommand.add(c.getLabel(), film, B.getLifeFilm_People(), s.people()));
        }
        return c.isEmpty() ? null : c;
    }

    /** Moves people closer (negative delta) or farther in the client's view, within the scale. */
    public static Command closeness(Collection<NetworkPerson> people, int delta) {
        CompoundCommand c = new CompoundCommand(delta < 0 ? Messages.Command_closer : Messages.Command_farther);
        for (NetworkPerson p : people) {
            int value = Films.clamp(p.getCloseness() + delta);
            if (value != p.getCloseness()) {
                c.append(ModelCommand.set(c.getLabel(), p, B.getNetworkPerson_Closeness(), Integer.valueOf(value)));
            }
        }
        return c.isEmpty() ? null : c;
    }

    /** Turns "gives support" around for each of these people. */
    public static Command toggleSupport(Collection<NetworkPerson> people) {
        CompoundCommand c = new CompoundCommand(Messages.Command_support);
        for (NetworkPerson p : people) {
            c.append(ModelCommand.set(c.getLabel(), p, B.getNetworkPerson_Support(), Boolean.valueOf(!p.isSupport())));
        }
        return c.isEmpty() ? null : c;
    }

    /** Removes events and people from the film. */
    public static Command delete(LifeFilm film, Collection<FilmEvent> events, Collection<NetworkPerson> people) {
        if (film == null) {
            return null;
        }
        CompoundCommand c = new CompoundCommand(Messages.Command_filmDelete);
        if (!events.isEmpty()) {
            c.append(ModelCommand.remove(c.getLabel(), film, B.getLifeFilm_Events(), events));
        }
        if (!people.isEmpty()) {
            c.append(ModelCommand.remove(c.getLabel(), film, B.getLifeFilm_People(), people));
        }
        return c.isEmpty() ? null : c;
    }
}
