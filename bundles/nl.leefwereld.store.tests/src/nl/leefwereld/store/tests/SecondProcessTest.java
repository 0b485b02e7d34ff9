// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.derby.shared.api.DerbyModuleAPI;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/** A second, real JVM process opening the same embedded database gets a clear message. */
class SecondProcessTest {

    @TempDir
    Path temp;

    @Test
    void secondProcessIsToldTheDatabaseIsInUseAndCanOpenItOnceClosed() throws Exception {
        Path db = temp.resolve("database");
        String name = db.toAbsolutePath().normalize().toString();
        try (ConversationStore store = Stores.openEmbedded(db)) {
            store.saveClient(Fixtures.richClient("Gedeeld"));
            Result locked = runChild(db);
            assertEquals(3, locked.exitCode(), locked.output());
            assertTrue(locked.output().contains("LOCKED " + name + "") || locked.output().contains(name), locked.output());
            assertTrue(locked.output().contains("The database in " + name
                    + " is already in use by another Leefwereld process (workbench or command line). Close it and try again."),
                    locked.output());
            assertEquals(1, store.countClients()); // this process is not disturbed
        }
        Result opened = runChild(db); // closing released the lock
        assertEquals(0, opened.exitCode(), opened.output());
        assertTrue(opened.output().contains("OPENED 1"), opened.output());
    }

    private record Result(int exitCode, String output) {
    }

    private Result runChild(Path db) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Duser.language=en", "-Duser.country=US",
                "-Dderby.stream.error.file=" + temp.resolve("child-derby.log"), "-cp", classPath(),
                OpenStoreMain.class.getName(), db.toString());
        Path out = Files.createTempFile(temp, "child", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("second process did not finish: " + Files.readString(out));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8) + "\nclass path: "
                + String.join(File.pathSeparator, command.get(5)));
    }

    /**
     * The jars (or folders) of derby, its shared fragment, EMF, the OSGi NLS class, model, store, core, the test
     * support and this fragment.
     */
    static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        ClassLoader derby = DerbyModuleAPI.class.getClassLoader();
        for (Class<?> type : new Class<?>[] { DerbyModuleAPI.class,
                Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", false, derby), URI.class, EObject.class,
                XMIResourceImpl.class, NLS.class, ModelPackage.class, Stores.class, Fixtures.class,
                // the test support's fixtures parse transcripts with core
                Class.forName("nl.leefwereld.core.io.TranscriptParser", false, Fixtures.class.getClassLoader()),
                OpenStoreMain.class }) {
            entries.addAll(locations(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> locations(Class<?> type) throws URISyntaxException, IOException {
        List<String> result = new ArrayList<>();
        URL url = type.getProtectionDomain().getCodeSource().getLocation();
        Path path = Path.of(url.toURI());
        result.add(path.toString());
        if (Files.isDirectory(path)) { // a bundle run from its project folder
            for (String output : new String[] { "bin", "target/classes", "target/test-classes" }) {
                if (Files.isDirectory(path.resolve(output))) {
                    result.add(path.resolve(output).toString());
                }
            }
        }
        return result;
    }
}
