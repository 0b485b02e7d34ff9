// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.persona.cluster.Agreement;
import nl.leefwereld.method.persona.cluster.Clustering;
import nl.leefwereld.method.persona.cluster.KPrototypes;
import nl.leefwereld.method.persona.cluster.KSelection;
import nl.leefwereld.method.persona.cluster.LatentClass;
import nl.leefwereld.method.persona.cluster.LatentClassSelection;
import nl.leefwereld.method.persona.cluster.Minorities;
import nl.leefwereld.method.persona.cluster.MixedData;
import nl.leefwereld.method.persona.cluster.Profiles;
import nl.leefwereld.method.persona.cluster.Silhouette;

/** The clustering core on plain arrays: planted clusters are found, the seed fixes the result, k is chosen well. */
public class ClusteringTest {

    @Test
    public void kPrototypesRecoversPlantedClustersOfMixedData() {
        Planted planted = Planted.make(new int[] { 120, 90, 60, 40 }, 0.8, 7);
        Clustering c = new KPrototypes(planted.data, Double.NaN).cluster(4, 1, 4, 100, null);
        double ari = Planted.adjustedRand(planted.truth, c.assignment());
        System.out.printf("planted 4 clusters, k=4: adjusted Rand %.3f, iterations %d%n", ari, c.iterations());
        assertTrue(ari > 0.9, "adjusted Rand index " + ari);
        int[] sizes = c.sizes().clone();
        Arrays.sort(sizes);
        assertEquals(310, Arrays.stream(sizes).sum());
    }

    @Test
    public void silhouetteChoosesThePlantedNumberOfClusters() {
        for (int planted = 2; planted <= 5; planted++) {
            int[] sizes = new int[planted];
            Arrays.fill(sizes, 80);
            Planted p = Planted.make(sizes, 0.85, 100 + planted);
            KSelection.Result r = KSelection.select(p.data, 2, 8, KSelection.Options.defaults(3), null);
            System.out.printf("planted %d: silhouettes %s -> k=%d%n", planted, Arrays.toString(r.silhouettes()),
                    r.best().k());
            assertEquals(planted, r.best().k(), Arrays.toString(r.silhouettes()));
            assertTrue(Planted.adjustedRand(p.truth, r.best().assignment()) > 0.9);
        }
    }

    @Test
    public void theSameSeedGivesTheSameResultAndOtherSeedsTheSamePartition() {
        Planted p = Planted.make(new int[] { 100, 80, 70 }, 0.75, 11);
        Clustering a = KSelection.select(p.data, 2, 6, KSelection.Options.defaults(42), null).best();
        Clustering b = KSelection.select(p.data, 2, 6, KSelection.Options.defaults(42), null).best();
        assertArrayEquals(a.assignment(), b.assignment(), "same seed, same clusters, same numbering");
        assertEquals(a.cost(), b.cost());
        assertEquals(a.silhouette(), b.silhouette());
        for (long seed = 1; seed <= 5; seed++) {
            Clustering other = KSelection.select(p.data, 2, 6, KSelection.Options.defaults(seed), null).best();
            assertEquals(a.k(), other.k());
            assertTrue(Planted.adjustedRand(a.assignment(), other.assignment()) > 0.95, "seed " + seed);
        }
    }

    @Test
    public void silhouetteOnASampleStaysCloseToTheFullSilhouetteAndIsFast() {
        Planted p = Planted.make(new int[] { 3000, 2500, 2000, 1500 }, 0.8, 5);
        KPrototypes kp = new KPrototypes(p.data, Double.NaN);
        Clustering c = kp.cluster(4, 9, 2, 100, null);
        long t = System.nanoTime();
        double sample = new Silhouette(kp, 1000, 1).mean(c.assignment(), 4);
        long ms = (System.nanoTime() - t) / 1_000_000;
        double larger = new Silhouette(kp, 3000, 2).mean(c.assignment(), 4);
        System.out.printf("silhouette on 1,000 of 9,000 rows: %.3f (%d ms); on 3,000: %.3f%n", sample, ms, larger);
        assertEquals(larger, sample, 0.05);
        assertEquals(1000, new Silhouette(kp, 1000, 1).sampleSize());
    }

    @Test
    public void minorityValuesWithoutTheirOwnClusterAreNamed() {
        // 3 clusters of 60; column b value 7 held by 6 rows, spread over the clusters: no cluster represents it
        Planted p = Planted.make(new int[] { 60, 60, 60 }, 0.9, 21);
        MixedData d = p.data;
        int[][] cat = new int[d.rows()][d.categoricalColumns()];
        double[][] num = new double[d.rows()][d.numericColumns()];
        String[][] labels = new String[d.categoricalColumns()][];
        for (int l = 0; l < d.categoricalColumns(); l++) {
            labels[l] = Arrays.copyOf(d.categoryLabels(l), d.categories(l) + 1);
            labels[l][d.categories(l)] = "zeldzaam";
        }
        for (int i = 0; i < d.rows(); i++) {
            for (int l = 0; l < d.categoricalColumns(); l++) {
                cat[i][l] = d.categorical(i, l);
            }
            for (int j = 0; j < d.numericColumns(); j++) {
                num[i][j] = d.numeric(i, j);
            }
        }
        int rare = d.categories(1);
        int[] perCluster = new int[3];
        for (int i = 0; i < d.rows(); i++) {
            if (perCluster[p.truth[i]] < 2) {
                perCluster[p.truth[i]]++;
                cat[i][1] = rare;
            }
        }
        MixedData withRare = new MixedData(new String[] { "x", "y", "z" }, num, new String[] { "a", "b", "c", "d" },
                cat, labels);
        Clustering c = KSelection.select(withRare, 3, 3, KSelection.Options.defaults(1), null).best();
        Profiles profiles = new Profiles(withRare, c.assignment(), 3);
        Minorities.Result m = Minorities.check(profiles, withRare, 10, 0.15, 3);
        assertTrue(m.smallClusters().isEmpty());
        Minorities.UnrepresentedGroup g = m.groups().stream().filter(x -> x.column() == 1 && x.code() == rare)
                .findFirst().orElseThrow(() -> new AssertionError("rare value not named: " + m.groups()));
        assertEquals(6, g.count());
        assertEquals(6, Arrays.stream(g.spread()).sum());
        // the frequent values of the clusters are represented, so not named
        assertTrue(m.groups().stream().noneMatch(x -> x.count() > 40), m.groups().toString());
    }

    @Test
    public void aClusterBelowTheMinimumSizeIsNamedNotMerged() {
        Planted p = Planted.make(new int[] { 100, 100, 6 }, 0.95, 31);
        Clustering c = new KPrototypes(p.data, Double.NaN).cluster(3, 2, 4, 100, null);
        Minorities.Result m = Minorities.check(new Profiles(p.data, c.assignment(), 3), p.data, 11, 0.15, 3);
        assertEquals(1, m.smallClusters().size(), m.toString());
        assertEquals(6, m.smallClusters().get(0).size());
    }

    @Test
    public void theLatentClassModelRecoversPlantedClassesAndBicChoosesTheirNumber() {
        for (int planted = 2; planted <= 5; planted++) {
            int[] sizes = new int[planted];
            Arrays.fill(sizes, 80);
            Planted p = Planted.make(sizes, 0.85, 200 + planted);
            LatentClassSelection.Selection s = LatentClassSelection.select(p.data, 1, 7,
                    LatentClassSelection.Options.defaults(3).withCriterion(LatentClassSelection.Criterion.BIC), null);
            System.out.printf("planted %d: BIC %s -> k=%d%n", planted, Arrays.toString(s.result().bics()),
                    s.result().best().k());
            assertEquals(planted, s.result().best().k(), Arrays.toString(s.result().bics()));
            assertTrue(Agreement.adjustedRand(p.truth, s.result().best().assignment()) > 0.9);
            // lowest BIC wins, and each k has its silhouette beside it
            double lowest = Arrays.stream(s.result().bics()).min().orElseThrow();
            assertEquals(lowest, s.result().bics()[planted - 1]);
            assertEquals(7, s.result().silhouettes().length);
        }
    }

    @Test
    public void iclIsBicPlusTwiceTheEntropyAndChoosesThePlantedNumber() {
        for (int planted = 2; planted <= 5; planted++) {
            int[] sizes = new int[planted];
            Arrays.fill(sizes, 80);
            Planted p = Planted.make(sizes, 0.85, 200 + planted);
            LatentClassSelection.Selection s = LatentClassSelection.select(p.data, 1, 7,
                    LatentClassSelection.Options.defaults(3), null);
            assertEquals(LatentClassSelection.Criterion.ICL, LatentClassSelection.Options.defaults(3).criterion());
            System.out.printf("planted %d: ICL %s -> k=%d%n", planted, Arrays.toString(s.icls()), s.result().best().k());
            assertEquals(planted, s.result().best().k(), Arrays.toString(s.icls()));
            double lowest = Arrays.stream(s.icls()).min().orElseThrow();
            assertEquals(lowest, s.icls()[planted - 1]);
            for (int i = 0; i < s.icls().length; i++) {
                // the entropy is never negative, and 0 for a single class
                assertTrue(s.icls()[i] >= s.result().bics()[i] - 1e-6, i + ": " + s.icls()[i]);
            }
            assertEquals(s.result().bics()[0], s.icls()[0], 1e-6);
        }
    }

    @Test
    public void theEntropyOfOneClassIsZeroAndOfOverlappingClassesLarge() {
        Planted p = Planted.make(new int[] { 100, 100 }, 0.9, 5);
        LatentClass model = new LatentClass(p.data);
        assertEquals(0, model.entropy(model.fit(1, 1, 1, 50, null)), 1e-9);
        double separated = model.entropy(model.fit(2, 1, 3, 200, null));
        // two classes forced on one planted class overlap: their posteriors are uncertain
        Planted one = Planted.make(new int[] { 200 }, 0.9, 5);
        LatentClass other = new LatentClass(one.data);
        double overlapping = other.entropy(other.fit(2, 1, 3, 200, null));
        assertTrue(separated < overlapping, separated + " vs " + overlapping);
        assertTrue(overlapping <= 200 * Math.log(2) + 1e-6, "at most ln 2 a row: " + overlapping);
    }

    @Test
    public void theLatentClassModelIsDeterministicGivenTheSeed() {
        Planted p = Planted.make(new int[] { 100, 80, 70 }, 0.75, 11);
        LatentClass model = new LatentClass(p.data);
        LatentClass.Fit a = model.fit(3, 42, 4, 200, null);
        LatentClass.Fit b = model.fit(3, 42, 4, 200, null);
        assertEquals(a.logLikelihood(), b.logLikelihood());
        assertArrayEquals(model.classify(a, 0).assignment(), model.classify(b, 0).assignment());
        assertEquals(-2 * a.logLikelihood() + a.parameters() * Math.log(250), a.bic(), 1e-6);
        // the mixing weights are a distribution and the categorical probabilities of each class too
        assertEquals(1, Arrays.stream(a.weights()).sum(), 1e-9);
        for (double[][] cls : a.probabilities()) {
            for (double[] column : cls) {
                assertEquals(1, Arrays.stream(column).sum(), 1e-9);
            }
        }
        // more classes never fit worse on the same data
        assertTrue(model.fit(4, 42, 4, 200, null).logLikelihood() >= a.logLikelihood() - 1e-6);
    }

    @Test
    public void aGroupAPersonaAbsorbsIsFoundByTheSecondLevelModel() {
        // two large clusters; the second hides a group of 30 that differs in every categorical column
        Planted p = Planted.make(new int[] { 400, 400 }, 0.9, 17);
        int n = p.data.rows();
        double[][] num = new double[n][3];
        int[][] cat = new int[n][4];
        int hidden = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                num[i][j] = p.data.numeric(i, j);
            }
            for (int l = 0; l < 4; l++) {
                cat[i][l] = p.data.categorical(i, l);
            }
            if (p.truth[i] == 1 && hidden < 30) {
                cat[i][0] = 3; // values neither cluster has as its own
                cat[i][1] = 0;
                cat[i][2] = 0;
                cat[i][3] = 1;
                p.truth[i] = 2;
                hidden++;
            }
        }
        String[][] labels = new String[4][];
        for (int l = 0; l < 4; l++) {
            labels[l] = p.data.categoryLabels(l);
        }
        MixedData data = new MixedData(new String[] { "x", "y", "z" }, num, new String[] { "a", "b", "c", "d" }, cat,
                labels);
        int[] assignment = new int[n];
        for (int i = 0; i < n; i++) {
            assignment[i] = p.truth[i] == 0 ? 0 : 1;
        }
        List<Minorities.HiddenGroup> groups = Minorities.hidden(data, assignment, 2, 40, 10, 5, null);
        assertEquals(1, groups.size(), groups.toString());
        Minorities.HiddenGroup g = groups.get(0);
        assertEquals(1, g.cluster());
        long planted = Arrays.stream(g.rows()).filter(r -> p.truth[r] == 2).count();
        assertTrue(planted >= 27 && g.rows().length <= 33, planted + " of " + g.rows().length);
        assertTrue(g.values().size() >= 2, g.values().toString());
    }

    @Test
    public void clusteringCanBeCancelled() {
        Planted p = Planted.make(new int[] { 50, 50 }, 0.8, 1);
        assertThrows(CancellationException.class,
                () -> KSelection.select(p.data, 2, 4, KSelection.Options.defaults(1), () -> true));
        assertThrows(CancellationException.class, () -> LatentClassSelection.select(p.data, 2, 4,
                LatentClassSelection.Options.defaults(1), () -> true));
    }

    @Test
    public void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MixedData(new String[0], new double[][] { {} },
                new String[] { "a" }, new int[][] { { 3 } }, new String[][] { { "x" } }));
        Planted p = Planted.make(new int[] { 5, 5 }, 0.8, 1);
        assertThrows(IllegalArgumentException.class, () -> new KPrototypes(p.data, Double.NaN).cluster(11, 1, 1, 10, null));
    }
}
