// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.core.coding.CodeLabels;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.store.ConversationStore;

/**
 * The analysis as the command line and the views run it: load the clients from the store, optionally keep the
 * panel only, check representativeness against a population table, build personas. Both front ends call this, so
 * they show the same.
 */
public final class PersonaAnalysis {

    /** Which clients. */
    public enum ClientSet {
        ALL, PANEL;

        public String label() {
            return this == ALL ? Messages.Set_all : Messages.Set_panel;
        }
    }

    private PersonaAnalysis() {
    }

    /** The key that names clients without a pseudonym, kept beside the database folder. */
    public static PseudonymKey key(Path databaseFolder) throws IOException {
        return PseudonymKey.loadOrCreate(PseudonymKey.fileFor(databaseFolder));
    }

    /** The clients of the store (all, or those who took part in a panel). */
    public static PersonaInput load(ConversationStore store, PseudonymKey key, ClientSet set, IProgressMonitor monitor) {
        CodeLabels labels = new CodeLabels(new MethodRegistry(RegistryFactory.getRegistry()));
        PersonaInput all = PersonaInput.load(store, key, labels, monitor);
        return set == ClientSet.PANEL ? all.subset(PersonaInput.Member::panel) : all;
    }

    /**
     * Builds personas; with a population table first checks representativeness (its warnings are in the report)
     * and, when {@code weighted}, reports weighted persona shares.
     */
    public static PersonaReport build(PersonaInput input, ClientSet set, PopulationTable population, boolean weighted,
            PersonaBuilder.Settings settings, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        RepresentativenessReport check = population == null ? null
                : RepresentativenessReport.check(input, set.label(), population);
        sub.worked(1);
        return PersonaBuilder.build(input, settings, weighted && check != null ? check.weights() : null, check,
                sub.split(9));
    }
}
