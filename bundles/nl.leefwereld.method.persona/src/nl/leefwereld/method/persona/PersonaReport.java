// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.util.List;

/**
 * The personas built from a set of clients, each with the evidence behind it: its size, the attribute values
 * over-represented in it against the whole set (with the figures) and quotes in the clients' own words; the groups
 * too small for a persona of their own; how the number of personas was chosen. Clients are named by their
 * pseudonym or keyed hash only.
 *
 * @param clients            number of clients clustered
 * @param k                  number of personas (clusters)
 * @param automaticK         whether k was chosen by the silhouette
 * @param seed               the seed
 * @param ks                 the k values tried
 * @param silhouettes        the silhouette of each k tried
 * @param silhouette         the silhouette of the chosen k
 * @param gamma              weight of a categorical mismatch against the scaled numeric distance
 * @param sampleSize         rows in the silhouette sample
 * @param numericColumns     the numeric attributes used
 * @param categoricalColumns the categorical attributes and themes used
 * @param personas           the personas, largest first
 * @param minimumSize        clusters smaller than this are small groups, not personas
 * @param minorities         groups too small to be a persona, named
 * @param millis             time to cluster and profile, in milliseconds
 * @param representativeness the check of the set against a population table, or {@code null}
 * @param model              {@code lca} (latent class model, k by BIC) or {@code kprototypes} (k by silhouette)
 * @param bics               the BIC of each k tried (lca), {@code null} for k-prototypes
 * @param icls               the ICL of each k tried when it chose k (lca, the default), else {@code null}
 */
public record PersonaReport(int clients, int k, boolean automaticK, long seed, int[] ks, double[] silhouettes,
        double silhouette, double gamma, int sampleSize, List<String> numericColumns, List<String> categoricalColumns,
        List<Persona> personas, int minimumSize, List<MinorityGroup> minorities, long millis,
        RepresentativenessReport representativeness, String model, double[] bics, double[] icls) {

    /**
     * One persona.
     *
     * @param number        1 for the largest
     * @param title         its most distinguishing values, joined
     * @param size          number of clients
     * @param share         size / all clients
     * @param weightedShare share with post-stratification weights, NaN without weights
     * @param small         below the minimum size: a small group, shown but not a persona to generalise from
     * @param traits        what distinguishes it, strongest first
     * @param quotes        the clients' own words
     * @param members       pseudonyms (or keyed hashes) of its clients
     */
    public record Persona(int number, String title, int size, double share, double weightedShare, boolean small,
            List<Trait> traits, List<PersonaQuote> quotes, List<String> members) {
    }

    /**
     * A value over-represented in a persona (categorical) or a mean that differs (numeric).
     *
     * @param attribute attribute or theme column
     * @param value     the value (categorical), {@code null} for numeric
     * @param countIn   clients of the persona with the value (categorical) or with a value (numeric)
     * @param knownIn   clients of the persona with any value for the attribute
     * @param shareIn   share in the persona (categorical)
     * @param shareAll  share in all clients (categorical)
     * @param lift      shareIn / shareAll (categorical)
     * @param meanIn    mean in the persona (numeric)
     * @param meanAll   mean of all clients (numeric)
     * @param effect    (meanIn - meanAll) / standard deviation of all (numeric)
     */
    public record Trait(String attribute, String value, int countIn, int knownIn, double shareIn, double shareAll,
            double lift, double meanIn, double meanAll, double effect) {

        public boolean numeric() {
            return value == null;
        }

        /** One line with the figures, in the user's language. */
        public String text() {
            if (numeric()) {
                return Messages.bind(Messages.Trait_numeric, new Object[] { attribute, Format.number(meanIn),
                        Format.number(meanAll), Format.signed(effect) });
            }
            return Messages.bind(Messages.Trait_categorical, new Object[] { attribute, value, Format.percent(shareIn),
                    Integer.valueOf(countIn), Integer.valueOf(knownIn), Format.percent(shareAll),
                    Format.number(lift) });
        }
    }

    /** A client's own words, with why it was chosen. */
    public record PersonaQuote(String clientKey, String conversationId, String utteranceId, String text,
            String reason) {
    }

    /**
     * A group too small to be a persona of its own.
     *
     * @param attribute   attribute or theme column ({@code null} for a small cluster)
     * @param value       the value ({@code null} for a small cluster)
     * @param count       clients in the group
     * @param share       share of all clients (with a value)
     * @param description one line naming the group and where its members went, in the user's language
     * @param persona     number of the small persona, or 0
     * @param values      the values that name the group together ({@code attribute = value})
     * @param members     pseudonyms (or keyed hashes) of its clients; empty for a single value
     * @param within      number of the persona that absorbs the group (a group found inside it), or 0
     */
    public record MinorityGroup(String attribute, String value, int count, double share, String description,
            int persona, List<String> values, List<String> members, int within) {
    }
}
